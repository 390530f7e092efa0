// Taobao answers suspected bots with a slider (the same "nc"/"baxia" captcha as AliExpress) or the
// /_____tmd_____/punish page. Such a page holds no order: readPage stays quiet instead of reporting.
import { visibleText } from '../common/text';

const SELECTORS = '#baxia-dialog-content, #nc_1_wrapper, .baxia-dialog, iframe[src*="/_____tmd_____/punish"]';
const PHRASES = ['请拖动下方滑块完成验证', '请按住滑块', 'please slide to verify'];

export function isAntiBotPage(doc: Document): boolean {
  if (doc.querySelector(SELECTORS)) return true;
  const text = doc.body ? visibleText(doc.body).toLowerCase() : '';
  return PHRASES.some((phrase) => text.includes(phrase));
}
