import { render } from 'preact';
import '@/components/base.css';
import './popup.css';
import { uiLang } from '@/lib/i18n';
import { PopupApp } from './PopupApp';

performance.mark('ndy-script');
document.documentElement.lang = uiLang();
render(<PopupApp />, document.getElementById('app') as HTMLElement);
