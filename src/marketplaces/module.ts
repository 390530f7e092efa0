import type { PageReading } from '../rules/model';
import type { DetectedPage } from './detect';

/** What each marketplace folder exports: its URL detector and its page reader. */
export type MarketplaceModule = {
  detect(url: string): DetectedPage | null;
  /** null when the URL is not one of its pages or the page is a verification wall. */
  read(url: string, doc: Document, now: Date): PageReading | null;
};
