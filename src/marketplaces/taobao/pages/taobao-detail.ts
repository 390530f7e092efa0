// The reader for one kind of Taobao/Tmall page, for the page code that reads it (src/content/bundles/).
import { readDetail } from '../read-detail';
import { readWith } from '../read-with';

export const read = readWith((site, kind) => (site === 'taobao' && kind === 'order-detail' ? readDetail : null));
