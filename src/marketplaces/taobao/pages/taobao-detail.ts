// What the content script fetches for one kind of Taobao/Tmall page (../../lazy.ts).
import { readDetail } from '../read-detail';
import { readWith } from '../read-with';

export const read = readWith((site, kind) => (site === 'taobao' && kind === 'order-detail' ? readDetail : null));
