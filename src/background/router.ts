// The worker's one message router: validate, check the sender, act; drop and log everything else.
import { assess, ruleNote } from '../rules';
import { REFUND_OPEN, guardFor } from '../rules/guard';
import type { RuleNote } from '../lib/messages';
import {
  MAX_MESSAGE_BYTES, Message, type ListOrdersReply, type OrderReply, type OrderView, type PageReadReply, type SetOrderNotesMessage,
} from '../lib/messages';
import type { PageReading } from '../rules/model';
import type { OrderRecord } from '../lib/storage';
import type { Store } from './store';
import { checkExtensionPageSender, checkTabSender, type Sender } from './sender';
import { PAGE_MESSAGE_TYPES, type PageMessage, type Strings } from '../lib/page-messages';
import type { ThemeChoice } from '../lib/settings-defaults';
import { siteOf } from '../lib/sites';
import { pageCodeMarketplace, type PageCode } from '../lib/page-code';
import { familyOf, familyOfKey } from './budget';

export type RouterDeps = {
  store: Store;
  runtimeId: string;
  /** e.g. chrome-extension://<id>/ — where the popup and options pages live. */
  extensionOrigin: string;
  now: () => Date;
  log?: (msg: string) => void;
  /** Settings, hand-tracked orders and data transfer (background/pages.ts), for extension pages only. */
  pages?: (message: PageMessage) => Promise<unknown>;
  /** Every tracked order, hand-tracked ones included; without it only the orders read off pages. */
  tracked?: (now: Date) => Promise<OrderView[]>;
  /** The messages of the language chosen in the options; null for "automatic". */
  strings?: () => Promise<Strings | null>;
  /** The colours chosen in the options, handed to the pages with every reading's answer. */
  theme?: () => Promise<ThemeChoice>;
  /** Injects page code into the frame that asked for it (background/inject.ts). */
  loadPageCode?: (code: PageCode, sender: Sender) => Promise<{ ok: boolean }>;
};

export function toView(record: OrderRecord, now: Date): OrderView {
  const s = record.snapshot;
  const assessment = assess(s, now);
  const rules: Record<string, RuleNote> = {};
  for (const timer of assessment.timers) {
    const note = ruleNote(timer.ruleId, s);
    if (note) rules[timer.ruleId] = note;
  }
  const fromPage = new Set(assessment.timers.filter((tm) => tm.from === 'page').map((tm) => tm.clock));
  const shown = s.pageClocks.filter((c) => fromPage.has(c.clock));
  return {
    key: record.key, marketplace: record.marketplace, orderId: record.orderId, stage: s.stage,
    statusText: s.statusText, title: s.title, url: s.url, ...(s.total ? { total: s.total } : {}), assessment, rules,
    buyer: record.buyer, guard: guardFor(s, record.buyer.problem), refundOpen: REFUND_OPEN.includes(s.stage),
    ...(shown.length ? { pageClocks: shown } : {}),
    ...(record.lastClocks && assessment.timers.length === 0 ? { lastClocks: record.lastClocks } : {}),
  };
}

/** Taobao's pages list Tmall orders too; otherwise a page speaks only for its own marketplace. */

function sizeOf(raw: unknown): number {
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

export function createRouter({ store, runtimeId, extensionOrigin, now, log = console.warn, pages, tracked, strings, theme, loadPageCode }: RouterDeps) {
  const drop = (why: string): undefined => {
    log(`buyer-clock: dropped a message: ${why}`);
    return undefined;
  };

  async function pageRead(reading: PageReading, tab: number | undefined, page: URL): Promise<PageReadReply> {
    const records = await store.observe(reading, tab);
    const at = now();
    const [ui, chosen, colours] = await Promise.all([store.ui(), strings?.() ?? null, theme?.()]);
    // Hidden one order at a time: hiding one order's sidebar says nothing of the next order's.
    const first = records[0]?.key;
    const hidden = first !== undefined && (ui.hidden ?? []).includes(first);
    const site = siteOf(page.hostname);
    const side = site ? ui.sides?.[site] : undefined;
    const look = { ...(side ? { side } : {}), ...(colours ? { theme: colours } : {}) };
    return { ok: true, orders: records.map((r) => toView(r, at)), ui: { sidebarCollapsed: hidden, ...look }, strings: chosen };
  }

  async function notes({ key, problem, evidence }: SetOrderNotesMessage): Promise<OrderReply | { ok: false; error: string }> {
    const patch = { ...(problem === undefined ? {} : { problem }), ...(evidence === undefined ? {} : { evidence: [...new Set(evidence)] }) };
    const record = await store.setNotes(key, patch);
    return record ? { ok: true, order: toView(record, now()) } : { ok: false, error: 'no such order' };
  }

  async function listOrders(): Promise<ListOrdersReply> {
    const orders = tracked ? await tracked(now()) : (await store.all()).map((r) => toView(r, now()));
    // After the listing, which sets aside any copy that no longer reads: the popup says so at once.
    return { ok: true, orders, health: await store.health() };
  }

  /** Returns the reply's promise, or undefined for a message that gets no answer. */
  return function route(raw: unknown, sender: Sender): Promise<unknown> | undefined {
    if (sizeOf(raw) > MAX_MESSAGE_BYTES) return drop('too large');
    const parsed = Message.safeParse(raw);
    if (!parsed.success) {
      const type = typeof raw === 'object' && raw && 'type' in raw ? String((raw as { type: unknown }).type) : '?';
      return drop(`invalid message of type ${type.slice(0, 40)}`);
    }
    const message = parsed.data;
    if (PAGE_MESSAGE_TYPES.has(message.type)) {
      const verdict = checkExtensionPageSender(sender, runtimeId, extensionOrigin);
      if (!verdict.ok) return drop(`${message.type} ${verdict.why}`);
      return pages ? pages(message as PageMessage) : drop(`${message.type} has no handler`);
    }
    if (message.type === 'list-orders' || (message.type === 'set-order-notes' && !sender.tab)) {
      const verdict = checkExtensionPageSender(sender, runtimeId, extensionOrigin);
      if (!verdict.ok) return drop(`${message.type} ${verdict.why}`);
      if (message.type === 'set-order-notes') return notes(message);
      return listOrders();
    }
    const verdict = checkTabSender(sender, runtimeId);
    if (!verdict.ok) return drop(`${message.type} ${verdict.why}`);
    switch (message.type) {
      case 'load-page-code': {
        // Only from the top frame, and only the code that reads that page's own marketplace.
        if (sender.frameId !== 0) return drop('load-page-code not from the top frame');
        if (familyOf(pageCodeMarketplace(message.code)) !== familyOf(verdict.marketplace)) {
          return drop(`load-page-code for ${message.code} from a ${verdict.marketplace} page`);
        }
        return loadPageCode ? loadPageCode(message.code, sender) : drop('load-page-code has no handler');
      }
      case 'page-read': {
        const { reading } = message;
        const claimed = [reading.marketplace, ...reading.orders.map((o) => o.marketplace)];
        const stranger = claimed.find((m) => familyOf(m) !== familyOf(verdict.marketplace));
        if (stranger) return drop(`page-read claims ${stranger} orders from a ${verdict.marketplace} page`);
        return pageRead(reading, sender.tab?.id, verdict.url);
      }
      case 'set-order-notes': {
        if (familyOfKey(message.key) !== familyOf(verdict.marketplace)) return drop('set-order-notes for an order of another marketplace');
        return notes(message);
      }
      case 'set-ui':
        if (message.key !== undefined) {
          if (familyOfKey(message.key) !== familyOf(verdict.marketplace)) return drop('set-ui for an order of another marketplace');
          return store.setHidden(message.key, message.sidebarCollapsed).then(() => ({ ok: true }));
        }
        return store.setUi({ sidebarCollapsed: message.sidebarCollapsed }).then(() => ({ ok: true }));
      case 'set-side': {
        // The site is the sending tab's, as the browser reports it: a page can only ever move its own.
        const site = siteOf(verdict.url.hostname);
        if (!site) return drop(`set-side from ${verdict.url.host}, not a site we keep a side for`);
        return store.setSide(site, message.side).then(() => ({ ok: true }));
      }
    }
  };
}
