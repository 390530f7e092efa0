// Messages only the extension's own pages (popup, options) may send: settings, hand-tracked orders and
// the buyer's data. The router accepts them only from an extension page (checkExtensionPageSender).
import * as z from 'zod/mini';
import { EventName, IsoTime, Marketplace, Stage } from '../rules/model';
import { SettingsRecord } from './settings';
import { ChecklistId, ManualInput, MANUAL_PREFIX } from './manual';
import { IMPORT_BATCH } from './transfer-limits';
import { EvidenceId } from './order-record';
import type { OrderView } from './messages';

/** The browser's messages.json shape, as the worker hands a chosen language to the pages. */
export const Strings = z.record(z.string(), z.object({
  message: z.string(),
  placeholders: z.optional(z.record(z.string(), z.object({ content: z.string() }))),
}));

const manualKey = z.string().check(z.startsWith(MANUAL_PREFIX), z.maxLength(100));

const GetSettingsMessage = z.object({ type: z.literal('get-settings') });
const SetSettingsMessage = z.object({ type: z.literal('set-settings'), settings: z.omit(SettingsRecord, { schema: true }) });
const AddManualMessage = z.object({ type: z.literal('add-manual-order'), order: ManualInput });
const SetChecklistMessage = z.object({
  type: z.literal('set-checklist'), key: manualKey, checklist: z.array(ChecklistId).check(z.maxLength(10)),
});
/** The evidence ticked off on a hand-tracked order, as read orders' ticks go through set-order-notes. */
const SetManualEvidenceMessage = z.object({
  type: z.literal('set-manual-evidence'), key: manualKey, evidence: z.array(EvidenceId).check(z.maxLength(10)),
});
/**
 * What the add-by-hand form has so far; the worker answers the stages and events to offer and the
 * order it would store (background/tracked.ts, previewManual), so the popup computes no deadline.
 */
const PreviewManualMessage = z.object({
  type: z.literal('preview-manual'),
  order: z.object({ marketplace: Marketplace, stage: z.optional(Stage), event: z.optional(EventName), at: z.optional(IsoTime) }),
});
export type PreviewQuery = z.infer<typeof PreviewManualMessage>['order'];
/** The worker's answer to preview-manual: what to offer, and the order as saving it would store it. */
export type PreviewReply = { ok: true; stages: Stage[]; stage: Stage; events: EventName[]; event: EventName; order: OrderView | null };
const RemoveManualMessage = z.object({ type: z.literal('remove-manual-order'), key: manualKey });
const ExportDataMessage = z.object({ type: z.literal('export-data') });
const ImportDataMessage = z.object({
  type: z.literal('import-data'),
  orders: z.array(z.unknown()).check(z.maxLength(IMPORT_BATCH)),
  manual: z.array(z.unknown()).check(z.maxLength(IMPORT_BATCH)),
});
const DeleteAllMessage = z.object({ type: z.literal('delete-all'), confirmed: z.literal(true) });
/** Every order of one marketplace read off its pages (a page that flooded it, say); hand-tracked ones stay. */
const DeleteMarketplaceMessage = z.object({ type: z.literal('delete-marketplace'), marketplace: Marketplace, confirmed: z.literal(true) });
// Copies of stored items that no longer validated: the buyer saves them to a file, then may delete them.
const ExportSetAsideMessage = z.object({ type: z.literal('export-set-aside') });
const DiscardSetAsideMessage = z.object({
  type: z.literal('discard-set-aside'), keys: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10_000)),
});
const AcknowledgeFullMessage = z.object({ type: z.literal('acknowledge-storage-full') });

export const PAGE_MESSAGES = [
  GetSettingsMessage, SetSettingsMessage, AddManualMessage, SetChecklistMessage, RemoveManualMessage,
  ExportDataMessage, ImportDataMessage, DeleteAllMessage, ExportSetAsideMessage, DiscardSetAsideMessage,
  AcknowledgeFullMessage, DeleteMarketplaceMessage, SetManualEvidenceMessage, PreviewManualMessage,
] as const;
export const PAGE_MESSAGE_TYPES: ReadonlySet<string> = new Set([
  'get-settings', 'set-settings', 'add-manual-order', 'set-checklist', 'remove-manual-order', 'export-data', 'import-data', 'delete-all',
  'export-set-aside', 'discard-set-aside', 'acknowledge-storage-full', 'delete-marketplace', 'set-manual-evidence', 'preview-manual',
]);

/** Why an imported item was left out; the options page says it in the buyer's language. */
/** not-saved: its batch could not be written (all of a batch is written, or none of it). */
const REJECT_REASONS = ['invalid', 'key-mismatch', 'not-saved', 'over-limit'] as const;
export const ImportResult = z.object({
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.array(z.object({ item: z.string(), reason: z.enum(REJECT_REASONS) })),
});

export const SettingsReply = z.object({ ok: z.literal(true), settings: SettingsRecord, strings: z.nullable(Strings) });

export type Strings = z.infer<typeof Strings>;
export type PageMessage = z.infer<(typeof PAGE_MESSAGES)[number]>;
export type ImportResult = z.infer<typeof ImportResult>;
export type SettingsReply = z.infer<typeof SettingsReply>;
