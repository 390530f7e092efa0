// Page code for AliExpress's order, tracking and dispute pages: its readers and the sidebar.
// Built into one self-contained file (content/<name>.js) that the worker injects; see lib/page-code.ts.
import { read } from '../../marketplaces/aliexpress/pages/orders';
import { createView } from '../view-sidebar';
import { runPageCode } from '../order-page';

runPageCode('aliexpress-order', read, createView);
