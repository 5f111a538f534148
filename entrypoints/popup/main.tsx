import { render } from 'preact';
import '@/components/base.css';
import './popup.css';
import { readEarly } from '@/components/use-tally';
import { uiLang } from '@/lib/i18n';
import { PopupApp } from './PopupApp';

performance.mark('ndy-script');
readEarly();
document.documentElement.lang = uiLang();
render(<PopupApp />, document.getElementById('app') as HTMLElement);
