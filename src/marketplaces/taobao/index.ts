// The Taobao/Tmall marketplace module: one module for both sites (a Taobao list holds Tmall orders too).
import type { PageKind } from '../../rules/model';
import type { MarketplaceModule } from '../module';
import { detectTaobao } from './detect';
import { readDetail } from './read-detail';
import { readList } from './read-list';
import { readRefund } from './read-refund';
import { readTmallDetail } from './read-tmall';
import { readWith, type Reader } from './read-with';

function readerFor(marketplace: 'taobao' | 'tmall', kind: PageKind): Reader | null {
  if (kind === 'order-list') return readList;
  if (kind === 'order-detail') return marketplace === 'tmall' ? readTmallDetail : readDetail;
  if (kind === 'refund') return readRefund;
  return null;
}

export const taobao: MarketplaceModule = { detect: detectTaobao, read: readWith(readerFor) };
