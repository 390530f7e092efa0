// The four languages merged into lookup tables. The readers do not detect the page's language: the
// tables do not disagree on any key (a test keeps it so), so a status word can be looked up as is.
import type { EventName, Stage } from '../../../rules/model';
import { labelMap } from '../../common/labels';
import { textKey } from '../../common/text';
import { en } from './en';
import { es } from './es';
import { pl } from './pl';
import { ru } from './ru';
import type { AliexpressWords } from './types';

export const LANGUAGES: Readonly<Record<string, AliexpressWords>> = { en, pl, ru, es };
const all = Object.values(LANGUAGES);

const keyed = <T>(pick: (w: AliexpressWords) => Readonly<Record<string, T>>) =>
  new Map(all.flatMap((w) => Object.entries(pick(w)).map(([text, v]) => [textKey(text), v] as const)));
const labels = (pick: (w: AliexpressWords) => readonly string[]) =>
  labelMap(all.flatMap((w) => pick(w).map((text) => [text, true] as const)));

const STAGES = keyed((w) => w.stages);
const TRACKING = keyed((w) => w.tracking);

export const EVENT_LABELS: ReadonlyMap<string, EventName> = labelMap(all.flatMap((w) => Object.entries(w.events)));
export const ORDER_ID_LABELS = labels((w) => w.orderId);
export const TOTAL_LABELS = labels((w) => w.total);
export const PROTECTION_LABELS = labels((w) => w.protection);
export const REFUND_IF_NO_DELIVERY_LABELS = labels((w) => w.refundIfNoDelivery);

/** The stage a status text names, in any language; null when it names none we know. */
export function stageOf(statusText: string): Stage | null {
  return STAGES.get(textKey(statusText)) ?? null;
}

/** The stage a tracking page's parcel status implies; null when unknown. */
export function trackingStageOf(statusText: string): Stage | null {
  return TRACKING.get(textKey(statusText)) ?? null;
}

/** True when text is exactly one of the given labels (for label/value columns such as the price lines). */
export function isLabel(text: string, table: ReadonlyMap<string, unknown>): boolean {
  return table.has(textKey(text));
}

export const LIST_DATE_LABELS = labels((w) => w.listDate);
export const ESTIMATED_DELIVERY_LABELS = labels((w) => w.estimatedDelivery);
export const FREE_RETURN_MARKS: readonly string[] = all.flatMap((w) => w.freeReturnMark.map(textKey));
export const GUARANTEE_UNDATED: readonly string[] = all.flatMap((w) => w.guaranteeUndated.map(textKey));
export const GUARANTEE_BEFORE: readonly string[] = all.flatMap((w) => w.guaranteeBefore);
export const WINDOWS = {
  afterDelivery: all.flatMap((w) => w.windows.afterDelivery),
  afterReceipt: all.flatMap((w) => w.windows.afterReceipt),
  afterPlaced: all.flatMap((w) => w.windows.afterPlaced),
} as const;
