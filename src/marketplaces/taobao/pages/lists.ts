// The reader for one kind of Taobao/Tmall page, for the page code that reads it (src/content/bundles/).
import { readList } from '../read-list';
import { readWith } from '../read-with';

export const read = readWith((_site, kind) => (kind === 'order-list' ? readList : null));
