import { render } from 'preact';
import '@/components/base.css';
import './options.css';
import { t, uiLang } from '@/lib/i18n';
import { OptionsApp } from './OptionsApp';

document.documentElement.lang = uiLang();
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
