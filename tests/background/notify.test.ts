import { describe, expect, it } from 'vitest';
import { noticeContent, noticeTarget } from '../../src/background/notify';
import type { PlanOrder, Reminder } from '../../src/background/planner';
import type { Timer } from '../../src/rules/model';
import { translateFrom } from '../../src/lib/i18n';
import en from '../../public/_locales/en/messages.json';

const t = translateFrom(en);
const NOW = Date.parse('2026-11-20T00:00:00Z');
const timer: Timer = {
  clock: 'protection', ruleId: 'ae-protection', actor: 'buyer', endsAt: '2026-11-20T03:00:00Z', from: 'page',
  onExpiry: 'order-completes', confidence: 'page',
};
const orders: PlanOrder[] = [
  { key: 'order:aliexpress:1', marketplace: 'aliexpress', orderId: '1', title: 'Folding desk lamp', timers: [timer] },
  { key: 'manual:k1', marketplace: 'kuaishou', orderId: 'k1', timers: [timer] },
];
const reminder = (key: string, kind: Reminder['kind'] = 'lead'): Reminder => ({ id: `${key}|ae-protection|lead:180`, kind, key, timer });

describe('notices', () => {
  it('name the marketplace and the order, and say who must do what by when and what happens at zero', () => {
    const c = noticeContent({ kind: 'one', reminder: reminder('order:aliexpress:1') }, orders, NOW, t, 'en');
    expect(c.title).toBe('AliExpress · Folding desk lamp');
    expect(c.message.split('\n')[0]).toBe('You have 3 hr 0 min left to raise any problem: open a dispute or ask for more time — then the order completes by itself and the money goes to the seller.');
    expect(c.message.split('\n')[1]).toMatch(/^Ends /);
    expect(noticeTarget(c.id)).toEqual({ key: 'order:aliexpress:1', ruleId: 'ae-protection' });
  });

  it('name a hand-tracked order by its number when it has no title', () => {
    const c = noticeContent({ kind: 'one', reminder: reminder('manual:k1') }, orders, NOW, t, 'en');
    expect(c.title).toBe('Kuaishou · Order k1');
  });

  it('gather several missed deadlines into one notice that opens the list', () => {
    const c = noticeContent({ kind: 'missed', reminders: [reminder('order:aliexpress:1', 'missed'), reminder('manual:k1', 'missed')] }, orders, NOW, t, 'en');
    expect(c.title).toBe('2 deadlines passed while Buyer Clock could not remind you');
    expect(c.forOrder).toBe(false);
    expect(noticeTarget(c.id)).toBeNull();
  });
});
