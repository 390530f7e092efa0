// The settings a new buyer starts with and the plain helpers around them, with no zod: the popup and the
// options page use them and need no schema for that (settings.ts validates, in the worker).
import { MARKETPLACES } from '../rules/vocabulary';
import type { Marketplace } from '../rules/model';
import type { SettingsRecord } from './settings';

export const MINUTES_IN_DAY = 24 * 60;
export const LANGUAGES = ['auto', 'en', 'zh_CN', 'pl'] as const;
/** Our colours: the marketplace page's own light or dark (the system's on our own pages), or always one of them. */
export const THEMES = ['page', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

export const DEFAULT_SETTINGS: SettingsRecord = {
  schema: 1,
  // The defaults: 3 days, 1 day and 3 hours before a deadline.
  leadMinutes: [3 * MINUTES_IN_DAY, MINUTES_IN_DAY, 180],
  quiet: { enabled: true, start: 23 * 60, end: 8 * 60 },
  language: 'auto',
  theme: 'page',
  marketplaces: Object.fromEntries(MARKETPLACES.map((m) => [m, true])),
};

export const marketplaceOn = (settings: SettingsRecord, m: Marketplace) => settings.marketplaces[m] !== false;

/** Sorted longest first and without repeats, so the planner and the form agree on one order. */
export function normaliseLeads(leads: readonly number[]): number[] {
  return [...new Set(leads)].sort((a, b) => b - a);
}
