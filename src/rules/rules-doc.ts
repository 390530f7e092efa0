// docs/rules.md, rendered from the rule tables; tests/rules/rules-doc.test.ts keeps the committed file
// equal to this output, so the document cannot drift from the data.
import { allLabels, basisOf, durationMs, figureOf, type Condition, type Duration, type NextStep, type Rule } from './rule';
import { TABLES } from './tables';

const HEADER = `# Buyer Clock — the rules

Generated from \`src/rules/tables/\` by \`src/rules/rules-doc.ts\`; do not edit by hand. Regenerate with
\`UPDATE_RULES_DOC=1 npx vitest run tests/rules/rules-doc.test.ts\`.

Every clock runs only in the stages listed. When the order page shows its own countdown for the clock,
that countdown is the deadline; otherwise the deadline is the start event plus the duration (the first
start event the order has, when several are listed). Without a start event there is no timer.
Confidence: **seed** — the product brief; **official** — the marketplace's own help, rules or API
documentation; **secondary** — guides and Q&A sites. Next steps marked "≤ N left" replace the others
once that little time is left, and those marked "once time is up" appear when the clock has run out.
Button names are each table's first language: English for AliExpress (the table holds Polish, Russian
and Spanish too), Chinese for the Chinese marketplaces; app-only marketplaces have no buttons to name.
A row with "only when …" applies only to orders whose events meet the condition, page countdown
included; a gap "so far" is measured to now while the later event has not happened.

What the buyer is told about each figure: its source ("the page's own countdown", "<marketplace> help",
"a buyer guide (unofficial)", "our estimate") and whether it is exact, the earliest it can be, or an
estimate. Never late: where the stage says an event happened but the page gives no date (a parcel
signed for, no time given), every row of the clock that some date would allow is weighed and the
earliest deadline is kept, shown as "the earliest it can be" with the reason; a deadline counted from
a date given without a time is the earliest too, and is shown as a date.
`;

const COLUMNS = ['marketplace', 'clock', 'stages', 'starts at', 'duration', 'alternatives', 'actor',
  'on expiry', 'next', 'confidence', 'buyer sees: source', 'buyer sees: figure', 'source'];

/** The source label a buyer reads for the row (in English here; the extension says it in their language). */
const BASIS_LABEL = { marketplace: (m: string) => `${MARKET_NAME[m] ?? m} help`, guide: () => 'a buyer guide (unofficial)', estimate: () => 'our estimate' };
const MARKET_NAME: Record<string, string> = { aliexpress: 'AliExpress', taobao: 'Taobao', tmall: 'Tmall', '1688': '1688', kuaishou: 'Kuaishou', xiaohongshu: 'Xiaohongshu' };

function buyerSees(rule: Rule): [string, string] {
  if (rule.kind === 'path') return [BASIS_LABEL[basisOf(rule)](rule.marketplaces[0]!), 'no figure (steps only)'];
  if (rule.kind === 'clock' && !rule.duration) return ["the page's own countdown", 'exact (no countdown: no deadline)'];
  const figure = figureOf(rule);
  const page = rule.kind === 'clock' ? "; the page's own countdown, exact, where it shows one" : '';
  return [BASIS_LABEL[basisOf(rule)](rule.marketplaces[0]!), `${figure === 'exact' ? 'exact' : 'an estimate'}${page}`];
}

export function formatDuration(d: Duration | undefined): string {
  if (!d) return 'page countdown only';
  const parts = [d.days && `${d.days} d`, d.hours && `${d.hours} h`, d.minutes && `${d.minutes} min`];
  return parts.filter(Boolean).join(' ') || '0';
}

function formatStep(step: NextStep): string {
  const label = allLabels(step.labels)[0];
  const text = label ? `${step.action} “${label}”` : step.action;
  if (!step.leftAtMost) return text;
  return durationMs(step.leftAtMost) > 0 ? `${text} (≤ ${formatDuration(step.leftAtMost)} left)` : `${text} (once time is up)`;
}

function formatCondition(c: Condition): string {
  if ('has' in c) return `${c.has} known`;
  if ('lacks' in c) return `${c.lacks} not known`;
  if ('unlessUnmarked' in c) return 'unless the page shows the goods without the 七天退换 mark';
  if ('marked' in c) return 'the page marks the goods “Free returns”';
  const bounds = [c.moreThan && `more than ${formatDuration(c.moreThan)}`, c.atMost && `at most ${formatDuration(c.atMost)}`];
  return `${c.gap[0]} → ${c.gap[1]} (so far) ${bounds.filter(Boolean).join(' and ')}`;
}

// A cell must not break the table: pipes are escaped and line breaks flattened.
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function row(rule: Rule): string[] {
  const starts = rule.start === undefined ? '—' : typeof rule.start === 'string' ? rule.start : rule.start.join(', else ');
  const requires = rule.requires?.length ? ` (only with ${rule.requires.join(', ')})` : '';
  const nextDay = rule.fromNextDay ? ' (from 00:00 the next day)' : '';
  const when = rule.when?.length ? `; only when ${rule.when.map(formatCondition).join(', ')}` : '';
  const common = {
    marketplace: rule.marketplaces.join(', '),
    stages: `${rule.stages.join(', ')}${when}`,
    start: `${starts}${nextDay}${requires}`,
    alternatives: rule.alternatives?.map((a) => a.text).join('; ') ?? '—',
  };
  if (rule.kind === 'earliest') {
    return [common.marketplace, `**${rule.title}** (a limit, not a clock; \`${rule.id}\`)`, common.stages, common.start,
      `${formatDuration(rule.duration)} must pass first`, common.alternatives, '—', '—',
      `hides ${rule.suppresses.join(', ')} until then, unless the page shows its button`,
      rule.confidence, ...buyerSees(rule), rule.source];
  }
  if (rule.kind === 'path') {
    const notes = rule.notes?.length ? `; keep in mind: ${rule.notes.join(', ')}` : '';
    return [common.marketplace, `**${rule.title}** (a guide's steps, no clock; \`${rule.id}\`)`, common.stages, common.start,
      'no figure: steps only', common.alternatives, '—', '—', `${rule.steps.map(formatStep).join(' → ')}${notes}`,
      rule.confidence, ...buyerSees(rule), rule.source];
  }
  return [common.marketplace, `**${rule.title}** (\`${rule.clock}\`, \`${rule.id}\`)`, common.stages, common.start,
    formatDuration(rule.duration), common.alternatives, rule.actor, rule.onExpiry,
    rule.next.map(formatStep).join('; '), rule.confidence, ...buyerSees(rule), rule.source];
}

const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

// What the guides say that reaches no buyer, and why: kept with the tables so the document says it too.
const NOTES = `## Notes

What the five buyer guides say that Buyer Clock does not show, and why:

- **Before buying** — read the product details and reviews, check the seller's reputation and after-sales
  service, buy through proper channels, know the platform's return rules (Kuaishou guide); read the product
  details and check the delivery address before ordering (Xiaohongshu guide). Buyer Clock first sees an
  order once it has been placed (read off its page, or entered by hand afterwards), so there is no moment
  before the purchase at which to say it.
- **How to talk** — stay calm and reasonable, do not harm the seller needlessly, do not ask for too much
  (Kuaishou guide); be patient and give reasons when talking to customer service (Xiaohongshu guide).
  Advice on tone, not a step with a moment or a button; the steps themselves (ask the seller's reason,
  customer service, appeal, complaint) are shown.
- **The seller's side** — half of the Kuaishou article is written for sellers (improve quality and service,
  build a reputation, follow policy changes). Nothing a buyer does.
- **AliExpress: the seller writes while an order is unpaid**, and **cancelling a paid order is not fined**
  — information with nothing to do; the unpaid order's 20-day close and the cancellation steps are shown.
- **Xiaohongshu: phone customer service** when the in-app service is slow — the app's number is not in the
  guide, and the in-app step (帮助与客服) is shown.
`;

/** Every table's rows as one Markdown document: a section per table, rows in table order, then the notes. */
export function renderRulesDoc(tables: Readonly<Record<string, readonly Rule[]>> = TABLES): string {
  const sections = Object.entries(tables).map(([name, rules]) =>
    [`## ${name}`, '', line(COLUMNS), line(COLUMNS.map(() => '---')), ...rules.map((r) => line(row(r)))].join('\n'));
  return `${HEADER}\n${sections.join('\n\n')}\n\n${NOTES}`;
}
