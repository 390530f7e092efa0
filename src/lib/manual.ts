// Orders the buyer tracks by hand: shops with no web order page (Kuaishou, Xiaohongshu), a parcel refused
// at a Cainiao station, or any supported marketplace. Kept apart from the orders read off pages, under
// "manual:<id>", so a page reading never overwrites what the buyer typed and vice versa.
import * as z from 'zod/mini';
import { EventName, IsoTime, Marketplace, Stage, type OrderSnapshot } from '../rules/model';

import { CHECKLIST_IDS, MANUAL_PREFIX, type ChecklistId as ChecklistIdValue } from './manual-ids';
import { EvidenceId } from './order-record';
import { EVIDENCE_IDS } from './evidence';

export { MANUAL_PREFIX };
export const ChecklistId = z.enum(CHECKLIST_IDS);
export type ChecklistId = ChecklistIdValue;

/** What the buyer enters; the worker gives it an id and keeps it. */
export const ManualInput = z.object({
  marketplace: Marketplace,
  stage: Stage,
  /** The event that started the clock, and when it happened (with the buyer's offset). */
  event: EventName,
  at: IsoTime,
  orderId: z.optional(z.string().check(z.maxLength(64))),
  note: z.optional(z.string().check(z.maxLength(500))),
  link: z.optional(z.string().check(z.maxLength(2000))),
});
export type ManualInput = z.infer<typeof ManualInput>;

export const ManualRecord = z.object({
  schema: z.literal(1),
  key: z.string().check(z.startsWith(MANUAL_PREFIX), z.maxLength(100)),
  ...ManualInput.shape,
  orderId: z.string().check(z.minLength(1), z.maxLength(64)),
  checklist: z.array(ChecklistId).check(z.maxLength(CHECKLIST_IDS.length)),
  /** The evidence the buyer ticked off (lib/evidence.ts, EVIDENCE_FOR); absent on records from before the list. */
  evidence: z.optional(z.array(EvidenceId).check(z.maxLength(EVIDENCE_IDS.length))),
  createdAt: IsoTime,
});
export type ManualRecord = z.infer<typeof ManualRecord>;

/** The engine reads a hand-tracked order exactly as it reads one from a page. */
export function manualSnapshot(record: ManualRecord): OrderSnapshot {
  return {
    marketplace: record.marketplace, orderId: record.orderId, stage: record.stage, statusText: '',
    events: { [record.event]: record.at }, pageClocks: [], buttons: [],
    ...(record.note ? { title: record.note.slice(0, 500) } : {}),
  };
}
