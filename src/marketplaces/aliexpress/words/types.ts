import type { EventName, Stage } from '../../../rules/model';

/**
 * One language's AliExpress vocabulary, written as the page prints it (case and a trailing colon do
 * not matter). Only English comes from pages seen in the reference; the other languages are secondary
 * translations and are meant to be corrected here, in one place, when a real page disagrees.
 */
export type AliexpressWords = {
  /** Status titles and the refund/return state lines under an order → stage. */
  stages: Readonly<Record<string, Stage>>;
  /** The tracking page's parcel status → stage. */
  tracking: Readonly<Record<string, Stage>>;
  /** Labels before an event's date ("Paid on:") → event. */
  events: Readonly<Record<string, EventName>>;
  /** Labels before the order number. */
  orderId: readonly string[];
  /** Labels of the total price line. */
  total: readonly string[];
  /** Labels before the buyer-protection countdown ("Buyer protection: 12 days 03:22:11"). */
  protection: readonly string[];
  /** Labels before the dated promise "Refund if no delivery before Dec 28, 2026" (detail and tracking pages). */
  refundIfNoDelivery: readonly string[];
  /** The list's order-date label from 2026 ("Date"), printed with or without a colon. */
  listDate: readonly string[];
  /** Labels before the estimated delivery date ("Estimated delivery date: Aug 3, 2026"). */
  estimatedDelivery: readonly string[];
  /** Words a dated delivery guarantee puts right before its date ("If delivered after Aug 3, 2026 …"). */
  guaranteeBefore: readonly string[];
  /** A delivery guarantee printed without a date ("R$5 coupon if delayed"): it hangs on the estimated delivery date. */
  guaranteeUndated: readonly string[];
  /** The "Free returns" mark on the goods. */
  freeReturnMark: readonly string[];
  /**
   * Windows the page prints as "{n} days after …", by what they count from: delivery (the free return),
   * confirming receipt (return/refund after completion), placing the order (a dispute after completion).
   */
  windows: {
    readonly afterDelivery: readonly string[];
    readonly afterReceipt: readonly string[];
    readonly afterPlaced: readonly string[];
  };
};
