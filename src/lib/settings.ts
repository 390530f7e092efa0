// The buyer's settings. They live in storage.sync, so the browser's own sync carries them to the buyer's
// other computers; orders stay in storage.local. Small on purpose: sync allows 8 KB per item.
import * as z from 'zod/mini';
import { Marketplace } from '../rules/model';
import { DEFAULT_SETTINGS, LANGUAGES, MINUTES_IN_DAY, THEMES, marketplaceOn, normaliseLeads } from './settings-defaults';

export const SETTINGS_KEY = 'settings';
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;
export const ThemeChoice = z.enum(THEMES);

/** A time of day as minutes after midnight, in the buyer's own zone. */
const DayMinute = z.int().check(z.gte(0), z.lte(MINUTES_IN_DAY - 1));
/** A lead time in minutes: from 5 minutes to 30 days before a deadline. */
const LeadMinutes = z.int().check(z.gte(5), z.lte(30 * MINUTES_IN_DAY));

export const SettingsRecord = z.object({
  schema: z.literal(1),
  /** Remind this long before each deadline; kept sorted, longest first, no repeats. */
  leadMinutes: z.array(LeadMinutes).check(z.maxLength(6)),
  quiet: z.object({ enabled: z.boolean(), start: DayMinute, end: DayMinute }),
  language: Language,
  /** Absent in copies saved before it existed (and kept by older builds on other computers): "match the page". */
  theme: z._default(ThemeChoice, 'page'),
  /** Marketplaces switched off are neither reminded of nor counted on the badge. */
  marketplaces: z.partialRecord(Marketplace, z.boolean()),
});
export type SettingsRecord = z.infer<typeof SettingsRecord>;

export { DEFAULT_SETTINGS, marketplaceOn, normaliseLeads };

