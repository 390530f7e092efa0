// Page code for Taobao's and Tmall's refund pages: their reader and the sidebar.
// Built into one self-contained file (content/<name>.js) that the worker injects; see lib/page-code.ts.
import { read } from '../../marketplaces/taobao/pages/refunds';
import { createView } from '../view-sidebar';
import { runPageCode } from '../order-page';

runPageCode('taobao-refund', read, createView);
