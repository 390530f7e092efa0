// The verification walls the marketplaces put up instead of a page (a slider captcha, a rate-limit page).
// Such a page holds no order: a reader stays quiet there rather than report problems. The wall's known
// elements are looked for first, which is cheap; its words only when the reader found no order, since
// a page that lists orders is no wall, and on a 60-order list that text was a walk of the whole page on
// every reading.
import type { PageReading } from '../../rules/model';
import { visibleText } from './text';

export type Wall = {
  /** Elements only a wall has. */
  selectors: string;
  /** Words a wall shows, as they are matched against the page's visible text (lower-cased when `folded`). */
  phrases: readonly string[];
  folded?: boolean;
};

function hasWallElement(doc: Document, wall: Wall): boolean {
  return doc.querySelector(wall.selectors) !== null;
}

/** Only visible text counts: ordinary pages ship these words inside their script bundles. */
function showsWallWords(doc: Document, wall: Wall): boolean {
  const text = doc.body ? visibleText(doc.body) : '';
  const seen = wall.folded ? text.toLowerCase() : text;
  return wall.phrases.some((phrase) => seen.includes(phrase));
}

const isWall = (doc: Document, wall: Wall) => hasWallElement(doc, wall) || showsWallWords(doc, wall);

/**
 * The one wall of all three marketplaces: they are one group's sites and put up the same slider
 * captcha ("nc"/"baxia") and rate-limit page (/_____tmd_____/punish), in Chinese or in English.
 */
export const WALL: Wall = {
  selectors: '#baxia-dialog-content, .baxia-dialog, #nc_1_wrapper, .nc-container, iframe[src*="/_____tmd_____/punish"]',
  phrases: ['please slide to verify', 'slide to verify', '请拖动下方滑块完成验证', '请按住滑块', '拖动到最右边', '滑动验证', '访问验证'],
  folded: true,
};

/** The rate-limit page's own address: a wall before any of its text is read. */
export const isPunishUrl = (url: string) => url.includes('/_____tmd_____/punish');

/** Whether a page (at url) is a verification wall rather than an order page. */
export const isAntiBotPage = (url: string, doc: Document) => isPunishUrl(url) || isWall(doc, WALL);

/** The reading, or null when the page is a wall. */
export function readPastWall(doc: Document, wall: Wall, read: () => PageReading): PageReading | null {
  if (hasWallElement(doc, wall)) return null;
  const reading = read();
  return reading.orders.length === 0 && showsWallWords(doc, wall) ? null : reading;
}
