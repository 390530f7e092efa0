// The worker rejects a whole page-read message that breaks any bound in src/rules/model.ts, so readers
// trim to those bounds here rather than lose every order over one overlong label.
import type { OrderSnapshot, PageReading } from '../../rules/model';

// Mirrors the .check(...) bounds in model.ts (a test parses an oversized reading after fitting it).
const TEXT = 500;
const BUTTON = 100;
const BUTTONS = 40;
const CLOCKS = 20;
const ORDERS = 200;
const PROBLEMS = 50;
const URL_LENGTH = 2000;
const PAGE_URL = 4000;
const ORDER_ID = 64;
const AMOUNT = 32;
const CURRENCY = 8;

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

function fitOrder(order: OrderSnapshot): OrderSnapshot {
  const fitted: OrderSnapshot = {
    ...order,
    statusText: cut(order.statusText, TEXT),
    pageClocks: order.pageClocks.slice(0, CLOCKS).map((c) => ({ ...c, text: cut(c.text, TEXT) })),
    buttons: order.buttons.slice(0, BUTTONS).map((b) => cut(b, BUTTON)),
  };
  if (order.title !== undefined) fitted.title = cut(order.title, TEXT);
  // A price is whole or absent: a cut amount would be a different price.
  if (order.total && (order.total.amount.length > AMOUNT || order.total.currency.length > CURRENCY)) delete fitted.total;
  if (order.url !== undefined && order.url.length > URL_LENGTH) delete fitted.url;
  return fitted;
}

export function fitReading(reading: PageReading): PageReading {
  // What fitting drops is said first, so the cap on problems never hides it.
  const dropped: string[] = [];
  const orders = reading.orders.filter((o) => o.orderId.length <= ORDER_ID);
  if (orders.length < reading.orders.length) dropped.push(`${reading.marketplace}: order id too long, order dropped`);
  if (orders.length > ORDERS) dropped.push(`${reading.marketplace}: more than ${ORDERS} orders, the rest not read`);
  return {
    ...reading,
    url: cut(reading.url, PAGE_URL),
    orders: orders.slice(0, ORDERS).map(fitOrder),
    problems: [...dropped, ...reading.problems].slice(0, PROBLEMS).map((p) => cut(p, TEXT)),
  };
}
