// AliExpress answers suspected bots with a slider ("baxia"/"nc" captcha) instead of the page. Such a
// page holds no order; reading it would only report problems, so readPage stays quiet instead.
import { visibleText } from '../common/text';

const SELECTORS = '#baxia-dialog-content, #nc_1_wrapper, .baxia-dialog, iframe[src*="/_____tmd_____/punish"]';
// Only visible text counts: ordinary pages ship this phrase inside their i18n script bundles.
const PHRASES = ['please slide to verify', 'slide to verify'];

export function isAntiBotPage(doc: Document): boolean {
  if (doc.querySelector(SELECTORS)) return true;
  const text = doc.body ? visibleText(doc.body).toLowerCase() : '';
  return PHRASES.some((phrase) => text.includes(phrase));
}
