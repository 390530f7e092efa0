// Every marketplace's rule table. A new marketplace adds its table here and nowhere else; rows say
// themselves which marketplaces they cover (a Taobao table can serve Tmall too).
import type { Rule } from '../rule';
import { aliexpress } from './aliexpress';
import { alibaba1688 } from './alibaba1688';
import { kuaishou } from './kuaishou';
import { taobaoBuying } from './taobao';
import { taobaoRefunds } from './taobao-refunds';
import { xiaohongshu } from './xiaohongshu';

// Named by table, not by marketplace id: a key like '1688' would sort before the others in every
// Object.values (integer-like keys come first), reordering RULES and docs/rules.md.
export const TABLES: Readonly<Record<string, readonly Rule[]>> = {
  aliexpress,
  taobao: [...taobaoBuying, ...taobaoRefunds],
  alibaba1688,
  kuaishou,
  xiaohongshu,
};

export const RULES: readonly Rule[] = Object.values(TABLES).flat();

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

/** The row behind a timer (Timer.ruleId), for showing its source, alternatives and duration. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
