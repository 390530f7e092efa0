import { render } from 'preact';
import browser from '../lib/browser';
import { translateWith } from '../lib/i18n';
import type { ListOrdersReply } from '../lib/messages';
import css from './popup.css?inline';
import { Popup } from './Popup';

const t = translateWith((key, subs) => browser.i18n.getMessage(key, subs));
const locale = t('locale');
document.documentElement.lang = locale;
document.title = t('extName');
const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

const app = document.getElementById('app')!;
browser.runtime.sendMessage({ type: 'list-orders' }).then(
  (reply) => render(<Popup orders={(reply as ListOrdersReply).orders} t={t} locale={locale} />, app),
  () => render(<Popup orders={[]} t={t} locale={locale} />, app),
);
