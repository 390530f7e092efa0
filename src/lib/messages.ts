// Every message that crosses between the extension's parts, as zod schemas. The worker accepts only
// what parses here; anything else is dropped (see background/router.ts).
import * as z from 'zod/mini';
import { Assessment, EventName, Marketplace, PageClock, PageReading, Stage, Timer } from '../rules/model';
import { BuyerNotes, EvidenceId } from './storage';
import { PAGE_MESSAGES, Strings } from './page-messages';
import { ChecklistId } from './manual';
import { FIGURES } from '../rules/vocabulary';
import { ThemeChoice } from './settings';
import { Side } from './sites';
import { PAGE_CODE } from './page-code';

/** Larger than any real order page's reading (200 orders), small enough that a flood cannot fill the store. */
export const MAX_MESSAGE_BYTES = 512 * 1024;

const PageReadMessage = z.object({ type: z.literal('page-read'), reading: PageReading });
/** `key`: the order whose sidebar the buyer hid or showed; without it, the old page-wide switch. */
const SetUiMessage = z.object({ type: z.literal('set-ui'), sidebarCollapsed: z.boolean(), key: z.optional(z.string().check(z.maxLength(200))) });

export const SetOrderNotesMessage = z.object({
  type: z.literal('set-order-notes'),
  key: z.string().check(z.maxLength(200)),
  problem: z.optional(z.boolean()),
  evidence: z.optional(z.array(EvidenceId).check(z.maxLength(10))),
});
const ListOrdersMessage = z.object({ type: z.literal('list-orders') });
/** The buyer moved the sidebar: kept for the site of the sending tab's address, never a site the message names. */
const SetSideMessage = z.object({ type: z.literal('set-side'), side: Side });
/** From our first content script, or page code handing over: inject the page code this page needs. */
const LoadPageCodeMessage = z.object({ type: z.literal('load-page-code'), code: z.enum(PAGE_CODE) });

export const Message = z.discriminatedUnion('type', [
  PageReadMessage, SetUiMessage, SetOrderNotesMessage, ListOrdersMessage, SetSideMessage, LoadPageCodeMessage, ...PAGE_MESSAGES,
]);

/** What the sidebar shows of the rule behind a timer: its length, what starts it, where the figure comes from. */
export const RuleNote = z.object({
  ms: z.number(), start: z.optional(EventName), fromNextDay: z.optional(z.literal(true)), source: z.string(),
  basis: z.optional(z.enum(['marketplace', 'guide', 'estimate'])), figure: z.optional(z.enum(FIGURES)),
  /** The source and the other figures by message id, so each page says them in the buyer's language. */
  cite: z.optional(z.array(z.string())),
  alternatives: z.optional(z.array(z.object({
    says: z.string(), spans: z.optional(z.array(z.object({ n: z.number(), unit: z.enum(['day', 'hour', 'minute']) }))), range: z.optional(z.literal(true)), text: z.string(),
  }))),
});

/** What the worker knows of one order, as the sidebar and the chips show it. */
export const OrderView = z.object({
  key: z.string(),
  marketplace: Marketplace,
  orderId: z.string(),
  stage: Stage,
  statusText: z.string(),
  title: z.optional(z.string()),
  url: z.optional(z.string()),
  /** What the order cost, as the page said: the guard names the sum that confirming would pay out. */
  total: z.optional(z.object({ amount: z.string(), currency: z.string() })),
  assessment: Assessment,
  /** Keyed by Timer.ruleId. */
  rules: z.record(z.string(), RuleNote),
  buyer: BuyerNotes,
  /** Set while confirming receipt would pay the seller over an open refund or the buyer's problem. */
  guard: z.nullable(z.object({
    reason: z.enum(['refund-open', 'buyer-problem']),
    confirmLabels: z.array(z.string()),
    withdrawLabels: z.array(z.string()),
  })),
  /** A refund, return or dispute is open: the sidebar lists the evidence to keep. */
  refundOpen: z.boolean(),
  /** The page countdowns behind timers with from 'page': what the page said and when, so a fresh countdown reads as the page's. */
  pageClocks: z.optional(z.array(PageClock).check(z.maxLength(20))),
  /** An unfinished order that yields no clock any more: the ones last known, and since when (shown greyed). */
  lastClocks: z.optional(z.object({ at: z.string(), timers: z.array(Timer).check(z.maxLength(20)) })),
  /** Present on orders the buyer tracks by hand (lib/manual.ts): what they entered, and the checklist. */
  manual: z.optional(z.object({
    event: EventName, at: z.string(), note: z.optional(z.string()), link: z.optional(z.string()), checklist: z.array(ChecklistId),
    /** The evidence the buyer ticked off, from the list the marketplace's guide names (lib/evidence.ts). */
    evidence: z.optional(z.array(EvidenceId)),
  })),
});

/** `side`: where the buyer put the sidebar on this site (right when never moved); `theme`: the options' choice. */
const UiState = z.object({ sidebarCollapsed: z.boolean(), side: z.optional(Side), theme: z.optional(ThemeChoice) });

/**
 * `strings`: the messages of the language the buyer chose in the options, or absent/null for "automatic"
 * (then the browser's own i18n applies). Pages translate with translateFrom(strings).
 */
export const PageReadReply = z.object({ ok: z.literal(true), orders: z.array(OrderView), ui: UiState, strings: z.optional(z.nullable(Strings)) });
export const OrderReply = z.object({ ok: z.literal(true), order: OrderView });
/** What the popup must tell the buyer about the store itself (background/store.ts health()). */
export const StoreHealth = z.object({ quarantined: z.number(), storageFullAt: z.optional(z.string()), archived: z.number() });
export const ListOrdersReply = z.object({ ok: z.literal(true), orders: z.array(OrderView), health: z.optional(StoreHealth) });

export type Message = z.infer<typeof Message>;
export type OrderView = z.infer<typeof OrderView>;
export type RuleNote = z.infer<typeof RuleNote>;
export type PageReadReply = z.infer<typeof PageReadReply>;
export type SetOrderNotesMessage = z.infer<typeof SetOrderNotesMessage>;
export type OrderReply = z.infer<typeof OrderReply>;
export type ListOrdersReply = z.infer<typeof ListOrdersReply>;
export type StoreHealth = z.infer<typeof StoreHealth>;
