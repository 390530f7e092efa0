// detectPage(url) over every marketplace's detector. The content script imports this on every
// marketplace page before deciding to load anything else: import detectors only, nothing that reads pages.
import type { Marketplace, PageKind } from '../rules/model';
import { detect1688 } from './alibaba1688/detect';
import { detectAliexpress } from './aliexpress/detect';
import { detectTaobao } from './taobao/detect';

export type DetectedPage = { marketplace: Marketplace; kind: PageKind };
export type Detector = (url: string) => DetectedPage | null;

/** One entry per marketplace; a URL may match at most one of them (tests check every URL against all). */
export const DETECTORS: readonly Detector[] = [detectAliexpress, detectTaobao, detect1688];

export function detectPage(url: string): DetectedPage | null {
  for (const detect of DETECTORS) {
    const page = detect(url);
    if (page) return page;
  }
  return null;
}
