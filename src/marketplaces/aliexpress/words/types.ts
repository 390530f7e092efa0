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
  /** Labels before the tracking page's dated promise ("Refund if no delivery before Dec 28, 2026"). */
  refundIfNoDelivery: readonly string[];
};
