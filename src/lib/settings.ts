// The buyer's settings. They live in storage.sync, so the browser's own sync carries them to the buyer's
// other computers; orders stay in storage.local. Small on purpose: sync allows 8 KB per item.
import * as z from 'zod/mini';
import { MARKETPLACES, Marketplace } from '../rules/model';

export const SETTINGS_KEY = 'settings';
export const LANGUAGES = ['auto', 'en', 'zh_CN', 'pl'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

const MINUTES_IN_DAY = 24 * 60;
/** A time of day as minutes after midnight, in the buyer's own zone. */
const DayMinute = z.int().check(z.gte(0), z.lte(MINUTES_IN_DAY - 1));
/** A lead time in minutes: from 5 minutes to 30 days before a deadline. */
export const LeadMinutes = z.int().check(z.gte(5), z.lte(30 * MINUTES_IN_DAY));

export const SettingsRecord = z.object({
  schema: z.literal(1),
  /** Remind this long before each deadline; kept sorted, longest first, no repeats. */
  leadMinutes: z.array(LeadMinutes).check(z.maxLength(6)),
  quiet: z.object({ enabled: z.boolean(), start: DayMinute, end: DayMinute }),
  language: Language,
  /** Marketplaces switched off are neither reminded of nor counted on the badge. */
  marketplaces: z.partialRecord(Marketplace, z.boolean()),
});
export type SettingsRecord = z.infer<typeof SettingsRecord>;

export const DEFAULT_SETTINGS: SettingsRecord = {
  schema: 1,
  // The defaults: 3 days, 1 day and 3 hours before a deadline.
  leadMinutes: [3 * MINUTES_IN_DAY, MINUTES_IN_DAY, 180],
  quiet: { enabled: true, start: 23 * 60, end: 8 * 60 },
  language: 'auto',
  marketplaces: Object.fromEntries(MARKETPLACES.map((m) => [m, true])),
};

export const marketplaceOn = (settings: SettingsRecord, m: Marketplace) => settings.marketplaces[m] !== false;

/** Sorted longest first and without repeats, so the planner and the form agree on one order. */
export function normaliseLeads(leads: readonly number[]): number[] {
  return [...new Set(leads)].sort((a, b) => b - a);
}
