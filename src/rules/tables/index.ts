// Every marketplace's rule table. A new marketplace adds its table here and nowhere else; rows say
// themselves which marketplaces they cover (a Taobao table can serve Tmall too).
import type { Rule } from '../rule';
import { aliexpress } from './aliexpress';

export const TABLES: Readonly<Record<string, readonly Rule[]>> = { aliexpress };

export const RULES: readonly Rule[] = Object.values(TABLES).flat();

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

/** The row behind a timer (Timer.ruleId), for showing its source, alternatives and duration. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
