// Page code for Taobao's and Tmall's order lists: their list readers and the chips.
// Built into one self-contained file (content/<name>.js) that the worker injects; see lib/page-code.ts.
import { read } from '../../marketplaces/taobao/pages/lists';
import { createView } from '../view-chips';
import { runPageCode } from '../order-page';

runPageCode('taobao-list', read, createView);
