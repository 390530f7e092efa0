import type { OrderSnapshot, PageReading } from '../../src/rules/model';

export function snapshot(over: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    marketplace: 'aliexpress', orderId: '8190000000000417', stage: 'cancel-requested', statusText: 'Awaiting cancellation',
    events: { placedAt: '2026-11-10T09:12:00-08:00', cancelRequestedAt: '2026-11-16T14:30:00-08:00' },
    pageClocks: [], buttons: ['Contact seller'], title: 'Folding desk lamp', total: { amount: '26.70', currency: 'USD' },
    ...over,
  };
}

export function reading(orders: OrderSnapshot[], over: Partial<PageReading> = {}): PageReading {
  return {
    marketplace: 'aliexpress', kind: 'order-detail',
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417', orders, problems: [], ...over,
  };
}
