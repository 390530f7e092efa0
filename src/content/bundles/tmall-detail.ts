// Page code for Tmall's order pages: their reader and the sidebar.
// Built into one self-contained file (content/<name>.js) that the worker injects; see lib/page-code.ts.
import { read } from '../../marketplaces/taobao/pages/tmall-detail';
import { createView } from '../view-sidebar';
import { runPageCode } from '../order-page';

runPageCode('tmall-detail', read, createView);
