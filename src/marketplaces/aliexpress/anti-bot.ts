// AliExpress answers suspected bots with a slider ("baxia"/"nc" captcha) instead of the page.
import { isWall, type Wall } from '../common/wall';

export const WALL: Wall = {
  selectors: '#baxia-dialog-content, #nc_1_wrapper, .baxia-dialog, iframe[src*="/_____tmd_____/punish"]',
  phrases: ['please slide to verify', 'slide to verify'],
  folded: true,
};

export const isAntiBotPage = (doc: Document) => isWall(doc, WALL);
