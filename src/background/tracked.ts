// Everything the buyer tracks, read off pages or entered by hand, as the views the pages show and the
// planner reads. Hand-tracked orders go through the same engine (assess) as read ones.
import type { OrderView } from '../lib/messages';
import { eventsFor, stagesFor } from '../rules/manual-choices';
import type { PreviewQuery, PreviewReply } from '../lib/page-messages';
import { msToIso } from '../lib/time';
import { manualSnapshot, type ManualRecord } from '../lib/manual';
import { NO_NOTES, type OrderRecord } from '../lib/storage';
import type { ManualStore } from './manual-store';
import type { PlanOrder } from './planner';
import { toView } from './router';
import type { Store } from './store';

function asRecord(m: ManualRecord): OrderRecord {
  const snapshot = manualSnapshot(m);
  return {
    schema: 3, key: m.key, marketplace: m.marketplace, orderId: m.orderId, snapshot, firstSeen: m.createdAt,
    lastSeen: m.createdAt, history: [{ stage: m.stage, at: m.createdAt }], buyer: { ...NO_NOTES },
  };
}

export function manualView(m: ManualRecord, now: Date): OrderView {
  return {
    ...toView(asRecord(m), now),
    manual: { event: m.event, at: m.at, note: m.note, link: m.link, checklist: m.checklist, evidence: m.evidence ?? [] },
  };
}

/**
 * The add-by-hand form's answer: the stages and events to offer (the asked ones where they fit, else the
 * first), and, once a time is typed, the order exactly as saving it would store and show it.
 */
export function previewManual(q: PreviewQuery, now: Date): PreviewReply {
  const stages = stagesFor(q.marketplace);
  const stage = q.stage && stages.includes(q.stage) ? q.stage : stages[0]!;
  const events = eventsFor(q.marketplace, stage);
  const event = q.event && events.includes(q.event) ? q.event : events[0]!;
  const order = q.at ? manualView({
    schema: 1, key: 'manual:preview', marketplace: q.marketplace, stage, event, at: q.at, orderId: 'preview', checklist: [],
    createdAt: msToIso(now.getTime()),
  }, now) : null;
  return { ok: true, stages, stage, events, event, order };
}

export async function trackedViews(store: Store, manual: ManualStore, now: Date): Promise<OrderView[]> {
  const [read, typed] = await Promise.all([store.all(), manual.all()]);
  return [...read.map((r) => toView(r, now)), ...typed.map((m) => manualView(m, now))];
}

export const planOrder = (v: OrderView): PlanOrder => ({
  key: v.key, marketplace: v.marketplace, orderId: v.orderId, title: v.title, timers: v.assessment.timers,
  next: v.assessment.next,
});
