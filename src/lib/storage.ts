// Every item the extension keeps, with its schema version and the migrations that bring an older copy
// up to date. Orders live one key each ("order:<marketplace>:<id>") so a write touches one order, not all.
import * as z from 'zod/mini';
import { IsoTime, Marketplace, Stage } from '../rules/model';
import { SettingsRecord } from './settings';
import { Side, Site } from './sites';
import { SentLog } from './sent-log';
import { ManualRecord } from './manual';
import {
  OrderRecord, StoredOrder, expandOrder, storedFromV2, withNotes, withoutLastText,
} from './order-record';

export {
  BuyerNotes, EvidenceId, HistoryEntry, NO_NOTES, ORDER_PREFIX, OrderRecord, StoredOrder, compactOrder, orderKey,
} from './order-record';
export const QUARANTINE_PREFIX = 'quarantine:';
export const UI_KEY = 'ui';

/**
 * A page-wide "collapsed" (older versions), the orders whose sidebar the buyer hid, one by one, and the
 * side the buyer moved the sidebar to on each site (one entry per known site at most).
 */
export const UiRecord = z.object({
  schema: z.literal(1), sidebarCollapsed: z.boolean(),
  hidden: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500))),
  sides: z.optional(z.partialRecord(Site, Side)),
});

/** What is left of a finished order moved out of the way when storage ran full. */
export const ArchivedOrder = z.object({
  key: z.string(), marketplace: Marketplace, orderId: z.string(), stage: Stage, statusText: z.string(),
  title: z.optional(z.string()), lastSeen: IsoTime, archivedAt: IsoTime,
});
export const ArchiveRecord = z.object({ schema: z.literal(1), orders: z.array(ArchivedOrder) });
export type ArchivedOrder = z.infer<typeof ArchivedOrder>;
export type ArchiveRecord = z.infer<typeof ArchiveRecord>;
export const ARCHIVE_KEY = 'archive';

/** What the buyer must be told about the store itself. */
export const HealthRecord = z.object({
  schema: z.literal(1),
  /** When storage last ran full (finished orders were archived to make room). */
  storageFullAt: z.optional(IsoTime),
});
export type HealthRecord = z.infer<typeof HealthRecord>;
export const HEALTH_KEY = 'health';
export type UiRecord = z.infer<typeof UiRecord>;

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

export type StoredItem<T> = {
  version: number;
  schema: z.ZodMiniType<T>;
  /** migrations[n] turns a copy of version n into version n + 1. */
  migrations: Record<number, Migration>;
};

export const ITEMS = {
  order: {
    version: 3,
    schema: StoredOrder,
    migrations: {
      1: withNotes,
      // v3 is the compact form (order-record.ts): no copies of the key, [stage, at] history, seconds.
      2: storedFromV2,
    },
  } satisfies StoredItem<StoredOrder>,
  ui: { version: 1, schema: UiRecord, migrations: {} } satisfies StoredItem<UiRecord>,
  archive: { version: 1, schema: ArchiveRecord, migrations: {} } satisfies StoredItem<ArchiveRecord>,
  health: { version: 1, schema: HealthRecord, migrations: {} } satisfies StoredItem<HealthRecord>,
  /** In storage.sync under "settings" (lib/settings.ts). */
  settings: { version: 1, schema: SettingsRecord, migrations: {} } satisfies StoredItem<SettingsRecord>,
  /** In storage.local under "reminders": what the planner has sent (lib/sent-log.ts). */
  reminders: { version: 1, schema: SentLog, migrations: {} } satisfies StoredItem<SentLog>,
  /** In storage.local, one per hand-tracked order under "manual:<id>" (lib/manual.ts). */
  manual: { version: 1, schema: ManualRecord, migrations: {} } satisfies StoredItem<ManualRecord>,
};

/** Bring a stored copy up to the current version and validate it; null when it cannot be trusted. */
export function upgrade<T>(item: StoredItem<T>, raw: unknown): T | null {
  if (typeof raw !== 'object' || raw === null) return null;
  let value = raw as Record<string, unknown>;
  let version = typeof value.schema === 'number' ? value.schema : 0;
  while (version < item.version) {
    const step = item.migrations[version];
    if (!step) return null;
    // A migration meets the copy before validation: a broken copy may make it throw.
    try {
      value = { ...step(value), schema: version + 1 };
    } catch {
      return null;
    }
    version += 1;
  }
  const parsed = item.schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A stored order as the worker works with it; null when it cannot be trusted. */
export function loadOrder(key: string, raw: unknown): OrderRecord | null {
  const stored = upgrade(ITEMS.order, raw);
  return stored && expandOrder(key, stored);
}

/** An order from an export file of any version (the full form, not the stored one). */
export const EXPORTED_ORDER: StoredItem<OrderRecord> = { version: 3, schema: OrderRecord, migrations: { 1: withNotes, 2: withoutLastText } };

/** The slice of browser.storage.local the store needs; tests give it an in-memory one. */
export type KeyValueArea = {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};
