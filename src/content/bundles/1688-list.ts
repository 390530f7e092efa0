// Page code for 1688's order lists: its readers and the chips.
// Built into one self-contained file (content/<name>.js) that the worker injects; see lib/page-code.ts.
import { alibaba1688 } from '../../marketplaces/alibaba1688';
import { createView } from '../view-chips';
import { runPageCode } from '../order-page';

runPageCode('1688-list', alibaba1688.read, createView);
