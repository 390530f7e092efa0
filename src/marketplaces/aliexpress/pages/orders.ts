// AliExpress's order and tracking pages, current and legacy: the readers their code carries (src/content/bundles/).
import { readDetail } from '../read-detail';
import { readLegacyDetail } from '../read-legacy';
import { readTracking } from '../read-tracking';
import { readWith } from '../read-with';

export const read = readWith({ 'order-detail': [readDetail, readLegacyDetail], tracking: [readTracking, readTracking] });
