// AliExpress's order lists, current and legacy: the readers a list page's code carries (src/content/bundles/).
import { readLegacyList } from '../read-legacy';
import { readList } from '../read-list';
import { readWith } from '../read-with';

export const read = readWith({ 'order-list': [readList, readLegacyList] });
