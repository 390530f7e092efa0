// Page code for AliExpress's order lists: its readers and the chips.
// Built into one self-contained file (content/<name>.js) that the worker injects; see lib/page-code.ts.
import { read } from '../../marketplaces/aliexpress/pages/lists';
import { createView } from '../view-chips';
import { runPageCode } from '../order-page';

runPageCode('aliexpress-list', read, createView);
