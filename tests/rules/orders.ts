// Building orders for the rule scenarios: only what a scenario is about has to be spelled out, and
// every Assessment a scenario produces is checked against the worker's own schema.
import { expect } from 'vitest';
import { assess } from '../../src/rules';
import { Assessment, type OrderSnapshot } from '../../src/rules/model';

export function order(over: Partial<OrderSnapshot> & Pick<OrderSnapshot, 'stage'>): OrderSnapshot {
  return {
    marketplace: 'aliexpress', orderId: '8190000000000001', statusText: '', events: {}, pageClocks: [], buttons: [],
    ...over,
  };
}

/** assess() at an ISO instant, failing the test if the result would not pass the message schema. */
export function at(o: OrderSnapshot, now: string): Assessment {
  const result = assess(o, new Date(now));
  expect(Assessment.safeParse(result).success, JSON.stringify(result)).toBe(true);
  return result;
}

export const DAY_MS = 86_400_000;
