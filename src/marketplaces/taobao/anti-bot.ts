// Taobao answers suspected bots with a slider (the same "nc"/"baxia" captcha as AliExpress) or the
// /_____tmd_____/punish page.
import type { Wall } from '../common/wall';

export const WALL: Wall = {
  selectors: '#baxia-dialog-content, #nc_1_wrapper, .baxia-dialog, iframe[src*="/_____tmd_____/punish"]',
  phrases: ['请拖动下方滑块完成验证', '请按住滑块', 'please slide to verify'],
  folded: true,
};
