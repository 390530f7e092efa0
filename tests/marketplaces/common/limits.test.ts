import { describe, expect, it } from 'vitest';
import { fitReading } from '../../../src/marketplaces/common/limits';
import { PageReading, type OrderSnapshot } from '../../../src/rules/model';

const order = (orderId: string): OrderSnapshot => ({
  marketplace: 'aliexpress',
  orderId,
  stage: 'shipped',
  statusText: 'x'.repeat(900),
  events: {},
  pageClocks: Array.from({ length: 25 }, () => ({ clock: 'protection' as const, endsAt: '2026-12-04T07:22:11-08:00', text: 'y'.repeat(600) })),
  buttons: Array.from({ length: 45 }, (_, i) => `${i}`.padEnd(150, 'b')),
  title: 't'.repeat(700),
  url: `https://www.aliexpress.com/?q=${'u'.repeat(2100)}`,
});

describe('fitReading', () => {
  it('trims an oversized reading until the worker schema accepts it, and says what it dropped', () => {
    const huge: PageReading = {
      marketplace: 'aliexpress',
      kind: 'order-list',
      url: `https://www.aliexpress.com/p/order/index.html?${'q'.repeat(5000)}`,
      orders: [order('9'.repeat(70)), ...Array.from({ length: 210 }, (_, i) => order(String(8190000000000000 + i)))],
      problems: Array.from({ length: 60 }, () => 'p'.repeat(600)),
    };
    expect(PageReading.safeParse(huge).success).toBe(false);
    const fitted = fitReading(huge);
    expect(PageReading.safeParse(fitted).success).toBe(true);
    expect(fitted.orders).toHaveLength(200);
    expect(fitted.orders[0]?.orderId).toBe('8190000000000000');
    expect(fitted.orders[0]?.url).toBeUndefined();
    expect(fitted.problems).toHaveLength(50);
    expect(fitted.problems.slice(0, 2)).toEqual([
      'aliexpress: order id too long, order dropped',
      'aliexpress: more than 200 orders, the rest not read',
    ]);
  });

  it('leaves a reading within bounds as it is', () => {
    const small: PageReading = { marketplace: 'aliexpress', kind: 'order-detail', url: 'https://www.aliexpress.com/', orders: [], problems: ['a'] };
    expect(fitReading(small)).toEqual(small);
  });
});
