// Stored orders for the reminder tests, as the worker keeps them (OrderRecord v2), each with a buyer's
// page countdown ending a given time from now.
export function shippedRecord(orderId: string, endsAt: string, title: string) {
  const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return {
    schema: 2, key: `order:aliexpress:${orderId}`, marketplace: 'aliexpress', orderId,
    snapshot: {
      marketplace: 'aliexpress', orderId, stage: 'shipped', statusText: 'Awaiting delivery', events: {},
      pageClocks: [{ clock: 'protection', endsAt, text: '' }], buttons: [], title,
      url: `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`,
    },
    firstSeen: at, lastSeen: at, history: [{ stage: 'shipped', statusText: 'Awaiting delivery', at }],
    buyer: { problem: false, evidence: [] },
  };
}

export const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString().replace(/\.\d+Z$/, 'Z');
export const HOUR = 3_600_000;
