// The reader for one kind of Taobao/Tmall page, for the page code that reads it (src/content/bundles/).
import { readTmallDetail } from '../read-tmall';
import { readWith } from '../read-with';

export const read = readWith((site, kind) => (site === 'tmall' && kind === 'order-detail' ? readTmallDetail : null));
