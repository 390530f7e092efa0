// Every view names the same clock as the one that matters: chip, popup, sidebar, CSV, badge and
// reminders all follow rules/urgency.ts, so an order with two overdue clocks reads the same everywhere.
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chips } from '../../src/content/chips';
import { Popup } from '../../src/popup/Popup';
import { Sidebar } from '../../src/sidebar/Sidebar';
import { buildCsv } from '../../src/options/csv';
import { badgeCount } from '../../src/background/badge';
import { plan } from '../../src/background/planner';
import { planOrder } from '../../src/background/tracked';
import { noticeContent } from '../../src/background/notify';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { EMPTY_LOG } from '../../src/lib/sent-log';
import { keyFor, translateFrom } from '../../src/lib/i18n';
import type { OrderView } from '../../src/lib/messages';
import type { Timer } from '../../src/rules/model';
import { urgentTimer } from '../../src/rules/urgency';
import { timerSentence } from '../../src/ui/sentences';

const t = translateFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const NOW = Date.parse('2026-11-20T00:00:00Z');
const HOUR = 3_600_000;

const timer = (clock: Timer['clock'], endsMs: number, over: Partial<Timer> = {}): Timer => ({
  clock, ruleId: `x-${clock}`, actor: 'buyer', endsAt: new Date(endsMs).toISOString().replace('.000Z', 'Z'),
  from: 'rule', onExpiry: 'right-lapses', confidence: 'official', ...over,
});

function view(timers: Timer[], orderId = '8190000000000001'): OrderView {
  return {
    key: `order:aliexpress:${orderId}`, marketplace: 'aliexpress', orderId, stage: 'shipped', statusText: 'Awaiting delivery',
    assessment: { stage: 'shipped', timers, next: null }, rules: {}, buyer: { problem: false, evidence: [] }, guard: null, refundOpen: false,
  } as unknown as OrderView;
}

const SCENARIOS: [string, Timer[], string][] = [
  ['two overdue clocks: the one that ran out last', [timer('payment', NOW - 5 * HOUR), timer('dispute-window', NOW - HOUR)], 'x-dispute-window'],
  ['one overdue, one running: the running one', [timer('payment', NOW - HOUR), timer('dispute-window', NOW + 9 * HOUR)], 'x-dispute-window'],
  ['a seller\'s clock that ran out and left the move to the buyer', [
    timer('refund-response', NOW - 2 * HOUR, { actor: 'seller', onExpiry: 'buyer-may-escalate' }),
    timer('dispute-window', NOW + 2 * HOUR),
  ], 'x-refund-response'],
];

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** The chip's shadow root is closed outside e2e builds: reach it through attachShadow. */
function chipTitle(o: OrderView): string | null {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  const label = document.createElement('span');
  label.textContent = `Order ID: ${o.orderId}`;
  document.body.append(label);
  const chips = new Chips(document, t, () => NOW);
  chips.show([o]);
  const title = roots[0]?.querySelector('.chip')?.getAttribute('title') ?? null;
  chips.clear();
  return title;
}

describe.each(SCENARIOS)('%s', (_, timers, expected) => {
  const o = view(timers);
  const chosen = urgentTimer(o.assessment, NOW)!;

  it('is the clock the rule picks', () => {
    expect(chosen.ruleId).toBe(expected);
  });

  it('is the chip\'s clock', () => {
    // The chip's title leads with its clock; the order's other running clocks follow, one a line.
    expect(chipTitle(o)?.split('\n')[0]).toBe(timerSentence(chosen, NOW, t));
  });

  it('is the popup\'s clock', () => {
    const { container } = render(<Popup orders={[o]} t={t} locale="en" zone="UTC" clock={() => NOW}
      onAdd={vi.fn()} onPreview={vi.fn(async () => null)} onChecklist={vi.fn()} onEvidence={vi.fn()} onRemove={vi.fn()} onSettings={vi.fn()}
      onSaveSetAside={vi.fn()} onDiscardSetAside={vi.fn()} onAcknowledgeFull={vi.fn()} />);
    expect(container.querySelector('li[data-order] .line .verb')?.textContent).toBe(t(keyFor('task', chosen.clock)));
    expect(container.querySelector('li[data-order] .sentence.urgent')?.textContent).toBe(timerSentence(chosen, NOW, t));
  });

  it('is the sidebar\'s marked clock', () => {
    const { container } = render(<Sidebar order={o} unreadable={false} collapsed={false} onCollapse={vi.fn()} showMe={vi.fn()}
      t={t} locale="en" clock={() => NOW} />);
    expect([...container.querySelectorAll('.top')].map((top) => top.getAttribute('data-clock'))).toEqual([chosen.clock]);
    // A seller's run-out clock that hands over says so on its line.
    const turn = container.querySelector('.top .your-turn')?.textContent ?? null;
    expect(turn).toBe(chosen.actor === 'seller' ? 'The seller\'s time is up: the next move is yours.' : null);
  });

  it('is the CSV\'s clock', () => {
    // Every cell is quoted (a spreadsheet must not read a formula in it).
    const row = buildCsv([o], NOW).trim().split('\r\n')[1]!.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
    expect([row[5], row[6], row[7]]).toEqual([chosen.endsAt, chosen.actor, chosen.clock]);
  });
});

describe('badge and reminders', () => {
  it('count an order by its clock that matters, a seller\'s run-out clock that hands over included', () => {
    const handOver = view(SCENARIOS[2]![1]);
    expect(badgeCount([planOrder(handOver)], DEFAULT_SETTINGS, NOW)).toBe(1);
    // A seller's clock running and ending first: nothing for the buyer yet, though a buyer's clock ran out.
    const sellerFirst = view([timer('payment', NOW - HOUR), timer('ship', NOW + HOUR, { actor: 'seller', onExpiry: 'order-closes-refunded' })]);
    expect(badgeCount([planOrder(sellerFirst)], DEFAULT_SETTINGS, NOW)).toBe(0);
  });

  it('send one notice per order, about its clock that matters', () => {
    const o = view([timer('dispute-window', NOW + 2 * HOUR), timer('payment', NOW + HOUR)]);
    const { notices } = plan({ orders: [planOrder(o)], settings: { ...DEFAULT_SETTINGS, quiet: { ...DEFAULT_SETTINGS.quiet, enabled: false } }, log: EMPTY_LOG, now: NOW, zone: 'UTC' });
    expect(notices.map((n) => n.kind === 'one' && n.reminder.timer.ruleId)).toEqual([urgentTimer(o.assessment, NOW)!.ruleId]);
  });

  it('say at the moment a seller\'s time runs out that the move is the buyer\'s, and name the step', () => {
    const o = view([timer('refund-response', NOW + HOUR, { actor: 'seller', onExpiry: 'buyer-may-escalate', ruleId: '1688-refund-response' })]);
    o.assessment.next = { action: 'request-platform-help', labels: ['申请平台介入'] };
    const settings = { ...DEFAULT_SETTINGS, quiet: { ...DEFAULT_SETTINGS.quiet, enabled: false } };
    const before = plan({ orders: [planOrder(o)], settings, log: EMPTY_LOG, now: NOW, zone: 'UTC' });
    expect(before.notices).toEqual([]);
    expect(before.nextAt).toBe(NOW + HOUR);
    const then = plan({ orders: [planOrder(o)], settings, log: before.log, now: NOW + HOUR, zone: 'UTC' });
    expect(then.notices.map((n) => n.kind === 'one' && n.reminder.kind)).toEqual(['turn']);
    const content = noticeContent(then.notices[0]!, [planOrder(o)], NOW + HOUR, t, 'en');
    expect(content.title).toBe('Your move: AliExpress · Order 8190000000000001');
    expect(content.message.split('\n')[1]).toBe(t('next_request_platform_help', '申请平台介入'));
    // Once said, never again.
    expect(plan({ orders: [planOrder(o)], settings, log: then.log, now: NOW + 2 * HOUR, zone: 'UTC' }).notices).toEqual([]);
  });
});
