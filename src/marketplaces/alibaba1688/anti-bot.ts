// 1688 answers too many requests with a rate-limit page (/_____tmd_____/punish) or a slider captcha
// instead of the page.
import type { Wall } from '../common/wall';

export const WALL: Wall = {
  selectors: 'iframe[src*="/_____tmd_____/punish"], #nc_1_wrapper, .nc-container, #baxia-dialog-content, .baxia-dialog',
  phrases: ['请按住滑块', '拖动到最右边', '滑动验证', '访问验证'],
};

export const isPunishUrl = (url: string) => url.includes('/_____tmd_____/punish');
