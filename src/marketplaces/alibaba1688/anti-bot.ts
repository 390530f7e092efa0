// 1688 answers too many requests with a rate-limit page (/_____tmd_____/punish) or a slider captcha
// instead of the page. Such a page holds no order; readPage stays quiet rather than report problems.
import { visibleText } from '../common/text';

const SELECTORS = 'iframe[src*="/_____tmd_____/punish"], #nc_1_wrapper, .nc-container, #baxia-dialog-content, .baxia-dialog';
// Only visible text counts: ordinary pages can ship these words inside their script bundles.
const PHRASES = ['请按住滑块', '拖动到最右边', '滑动验证', '访问验证'];

export function isAntiBotPage(url: string, doc: Document): boolean {
  if (url.includes('/_____tmd_____/punish')) return true;
  if (doc.querySelector(SELECTORS)) return true;
  const text = doc.body ? visibleText(doc.body) : '';
  return PHRASES.some((phrase) => text.includes(phrase));
}
