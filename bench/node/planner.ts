// Node-side benchmark entry for the reminder planner (bundled on its own: the planner may not exist yet).
import { plan, type PlanOrder } from '../../src/background/planner';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { EMPTY_LOG } from '../../src/lib/sent-log';

export { plan, DEFAULT_SETTINGS, EMPTY_LOG };
export type { PlanOrder };
