// What the content script fetches for one kind of Taobao/Tmall page (../../lazy.ts).
import { readTmallDetail } from '../read-tmall';
import { readWith } from '../read-with';

export const read = readWith((site, kind) => (site === 'tmall' && kind === 'order-detail' ? readTmallDetail : null));
