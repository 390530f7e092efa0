// The AliExpress marketplace module: which pages it reads, and how.
import type { MarketplaceModule } from '../module';
import { detectAliexpress } from './detect';
import { readDetail } from './read-detail';
import { readLegacyDetail, readLegacyList } from './read-legacy';
import { readList } from './read-list';
import { readTracking } from './read-tracking';
import { readWith } from './read-with';

const read = readWith({
  'order-list': [readList, readLegacyList],
  'order-detail': [readDetail, readLegacyDetail],
  tracking: [readTracking, readTracking],
});

export const aliexpress: MarketplaceModule = { detect: detectAliexpress, read };
