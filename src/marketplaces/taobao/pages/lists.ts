// What the content script fetches for one kind of Taobao/Tmall page (../../lazy.ts).
import { readList } from '../read-list';
import { readWith } from '../read-with';

export const read = readWith((_site, kind) => (kind === 'order-list' ? readList : null));
