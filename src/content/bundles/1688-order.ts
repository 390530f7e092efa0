// Page code for 1688's order and refund pages: its readers and the sidebar.
// Built into one self-contained file (content/<name>.js) that the worker injects; see lib/page-code.ts.
import { alibaba1688 } from '../../marketplaces/alibaba1688';
import { createView } from '../view-sidebar';
import { runPageCode } from '../order-page';

runPageCode('1688-order', alibaba1688.read, createView);
