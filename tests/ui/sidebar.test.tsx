import { readFileSync } from 'node:fs';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { trustedClick } from '../support/trusted';
import { Sidebar } from '../../src/sidebar/Sidebar';
import { translateFrom } from '../../src/lib/i18n';
import type { OrderView } from '../../src/lib/messages';

const t = translateFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const clock = () => Date.parse('2026-11-16T22:30:00Z'); // the moment the cancellation was requested

const order: OrderView = {
  key: 'order:aliexpress:8190000000000417', marketplace: 'aliexpress', orderId: '8190000000000417',
  stage: 'cancel-requested', statusText: 'Awaiting cancellation',
  assessment: {
    stage: 'cancel-requested',
    timers: [{
      clock: 'cancel-response', ruleId: 'ae-cancel-response', actor: 'seller', endsAt: '2026-11-30T14:30:00-08:00',
      from: 'rule', onExpiry: 'order-closes-refunded', confidence: 'seed', alternatives: ['48 h', '72 h'],
    }],
    next: { action: 'wait', labels: ['Contact seller'], deadline: '2026-11-30T14:30:00-08:00' },
  },
  rules: { 'ae-cancel-response': { ms: 14 * 86_400_000, start: 'cancelRequestedAt', source: 'Product brief' } },
  buyer: { problem: false, evidence: [] }, guard: null, refundOpen: false,
};

function show(props: Partial<Parameters<typeof Sidebar>[0]> = {}) {
  const onCollapse = vi.fn();
  const showMe = vi.fn(() => true);
  render(<Sidebar order={order} unreadable={false} collapsed={false} onCollapse={onCollapse} showMe={showMe} t={t} locale="en-GB" clock={clock} {...props} />);
  return { onCollapse, showMe };
}

describe('Sidebar', () => {
  it('leads with the most urgent clock: time left large, what to do, what happens at zero, the date', () => {
    show();
    const top = document.querySelector('.top')!;
    expect(top.querySelector('.big')?.textContent).toBe('14 days');
    expect(top.className).toContain('urg-later');
    expect(top.textContent).toContain('Seller acts');
    expect(top.querySelector('.sentence')?.textContent).toBe('Seller has 14 days left to respond — then the order closes by itself and your refund starts.');
    expect(top.querySelector('.when')?.textContent).toMatch(/^Ends /);
    // How far to trust it stays in view, one line each; the arithmetic and the source are folded inside
    // "Why this deadline".
    expect(top.querySelector('.from')?.textContent).toBe('Worked out from the marketplace\'s rules');
    expect(top.querySelector('.alternatives')?.textContent).toBe('Sources differ: 48 h · 72 h');
    const why = top.querySelector('details.why')!;
    expect(why.querySelector('summary')?.textContent).toBe('Why this deadline');
    for (const line of ['Rule: 14 days after the cancellation request', 'Source: Product brief']) {
      expect(why.textContent).toContain(line);
    }
    expect(screen.getByText('Cancellation requested')).toBeTruthy();
  });

  it('says a 7-day return counts from 00:00 the day after signing, so its rule line matches its deadline', () => {
    const rules = { 'ae-cancel-response': { ms: 7 * 86_400_000, start: 'deliveredAt' as const, fromNextDay: true as const, source: 'Product brief' } };
    show({ order: { ...order, rules } });
    expect(screen.getByText('Rule: 7 days from 00:00 the day after delivery')).toBeTruthy();
  });

  it('says what to do when there is no button to name, as for an app-only shop tracked by hand', () => {
    const next = { action: 'request-refund' as const, labels: [], deadline: '2026-11-30T14:30:00-08:00' };
    show({ order: { ...order, assessment: { ...order.assessment, next } } });
    expect(screen.getByText('Want your money back? Ask for a refund before the deadline.')).toBeTruthy();
  });

  it('points at the page\'s own button', () => {
    const { showMe } = show();
    expect(screen.getByText('Nothing to do but wait. If something goes wrong, use “Contact seller”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show me: Contact seller' }));
    expect(showMe).toHaveBeenCalledWith(['Contact seller']);
  });

  it('says so when the button is not on the page', () => {
    show({ showMe: () => false });
    fireEvent.click(screen.getByRole('button', { name: 'Show me: Contact seller' }));
    expect(screen.getByRole('status').textContent).toBe('That button is not on this page right now.');
  });

  it('collapses to a tab that still shows the time left, reachable by keyboard', () => {
    const { onCollapse } = show();
    // The page cannot hide us: a script's click is ignored, the buyer's own is not.
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(onCollapse).not.toHaveBeenCalled();
    trustedClick(screen.getByRole('button', { name: 'Hide' }));
    expect(onCollapse).toHaveBeenCalledWith(true);
    render(<Sidebar order={order} unreadable={false} collapsed onCollapse={onCollapse} showMe={() => true} t={t} locale="en" clock={clock} />);
    const tab = screen.getByRole('button', { name: /^14 days · Seller acts — Show Buyer Clock$/ });
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(tab.textContent).toContain('14 days');
  });

  it('shows no deadline from a page it could not read', () => {
    show({ order: null, unreadable: true });
    expect(screen.getByRole('status').textContent).toBe('This page changed — Buyer Clock can\'t read it yet.');
    expect(screen.queryByText(/left to/)).toBeNull();
  });

  it('shows an overdue clock as overdue', () => {
    show({ clock: () => Date.parse('2026-12-01T22:30:00Z') });
    expect(document.querySelector('.top-left')?.textContent).toBe('ran out 1 day ago');
    expect(document.querySelector('.top')?.className).toContain('urg-past');
  });

  it('warns in red while a refund is open and the page shows the confirm button', () => {
    const guarded: OrderView = { ...order, stage: 'refund-requested', refundOpen: true, guard: { reason: 'refund-open', confirmLabels: ['Confirm received'], withdrawLabels: [] } };
    show({ order: guarded, confirmOnPage: true, onNotes: () => {} });
    expect(screen.getByRole('alert').textContent).toContain('confirming pays the seller');
    expect(screen.getByRole('group', { name: 'Keep the evidence' })).toBeTruthy();
  });

  it('asks before a guarded click, with the safe answer focused', () => {
    const onAnswer = vi.fn();
    show({ question: { kind: 'confirm', label: 'Confirm received' }, onAnswer });
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Confirming receipt pays the seller.');
    expect(document.activeElement?.textContent).toBe("Don't do it");
    // A script's click is no answer: only the buyer's own.
    fireEvent.click(screen.getByRole('button', { name: 'I understand — let me press it' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onAnswer).not.toHaveBeenCalled();
    trustedClick(screen.getByRole('button', { name: 'I understand — let me press it' }));
    expect(onAnswer).toHaveBeenCalledWith(true);
  });

  it('records the buyer\'s problem and the evidence kept', () => {
    const onNotes = vi.fn();
    show({ order: { ...order, buyer: { problem: true, evidence: ['chat'] } }, onNotes });
    expect((screen.getByRole('checkbox', { name: 'I have a problem with this order' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Photos of the goods and the parcel' }));
    expect(onNotes).toHaveBeenCalledWith({ evidence: ['chat', 'photos'] });
    fireEvent.click(screen.getByRole('checkbox', { name: 'The chat with the seller' }));
    expect(onNotes).toHaveBeenLastCalledWith({ evidence: [] });
  });

  it('lists no evidence on an order with no refund and no problem', () => {
    show({ onNotes: () => {} });
    expect(screen.queryByRole('group', { name: 'Keep the evidence' })).toBeNull();
  });
});

describe('Sidebar, with several clocks or none', () => {
  const timer = (clock: 'revise' | 'auto-confirm' | 'price-protection', endsAt: string, actor: 'buyer' | 'seller' = 'buyer') => ({
    clock, ruleId: `tb-${clock}`, actor, endsAt, from: 'page' as const, onExpiry: 'receipt-confirmed', confidence: 'page' as const,
  });
  const tb = (over: Partial<OrderView>): OrderView => ({
    ...order, key: 'order:taobao:4187000000000001105', marketplace: 'taobao', orderId: '4187000000000001105', stage: 'refund-refused',
    statusText: '卖家拒绝退款', rules: {}, ...over,
  });

  it('puts the clock behind the next step on top, the other running ones below by who acts, and folds the lapsed ones under Past', () => {
    const confirm = timer('auto-confirm', '2026-11-19T00:30:00Z');
    const revise = timer('revise', '2026-11-21T10:30:00Z');
    const lapsed = timer('price-protection', '2026-11-10T00:00:00Z');
    show({ order: tb({ assessment: { stage: 'refund-refused', timers: [lapsed, confirm, revise], next: { action: 'extend-receipt', labels: ['延长收货时间'], deadline: confirm.endsAt } } }) });
    expect(document.querySelector('.top')?.getAttribute('data-clock')).toBe('auto-confirm');
    expect(document.querySelector('.top')?.className).toContain('urg-u72');
    expect(screen.getByRole('button', { name: 'Not arrived yet? Show me: 延长收货时间' })).toBeTruthy();
    expect([...document.querySelectorAll('.others [data-clock]')].map((e) => e.getAttribute('data-clock'))).toEqual(['revise']);
    const past = document.querySelector('details.past')!;
    expect(past.hasAttribute('open')).toBe(false);
    expect(past.querySelector('summary')?.textContent).toBe('Past (1)');
    expect(past.querySelector('[data-clock]')?.getAttribute('data-clock')).toBe('price-protection');
  });

  it('quotes the page in front of the buyer, not the status kept from another page', () => {
    show({ order: tb({}), pageSays: '卖家已发货，等待买家确认收货' });
    expect(screen.getByText('The page says: “卖家已发货，等待买家确认收货”')).toBeTruthy();
  });

  it('says "no clock is running" only of a finished order, and "not known yet" of an unfinished one', () => {
    const none = { stage: 'completed' as const, timers: [], next: null };
    show({ order: tb({ stage: 'completed', assessment: none }) });
    expect(screen.getByText('No clock is running on this order.')).toBeTruthy();
    render(<Sidebar order={tb({ stage: 'shipped', assessment: { ...none, stage: 'shipped' } })} unreadable={false} collapsed={false} onCollapse={() => {}} showMe={() => true} t={t} locale="en" clock={clock} />);
    expect(screen.getByText('Deadline not known yet — open the order once.')).toBeTruthy();
  });

  it('keeps the last known clocks of an order that lost them, greyed and dated', () => {
    const lost = { at: '2026-11-15T08:00:00+00:00', timers: [timer('revise', '2026-11-21T10:30:00Z')] };
    show({ order: tb({ assessment: { stage: 'refund-refused', timers: [], next: null }, lastClocks: lost }) });
    expect(screen.getByRole('status').textContent).toMatch(/^Lost track of this order's deadlines/);
    const item = document.querySelector('.stale [data-clock="revise"]')!;
    expect(item.className).toContain('urg-stale');
    expect(item.querySelector('.as-of')?.textContent).toMatch(/^as of 15 Nov/);
  });

  it('shows a page countdown as the page said it while fresh, then counts down', () => {
    const readAt = '2026-11-16T22:29:59+00:00';
    const endsAt = '2026-11-19T02:29:59+00:00'; // "还剩2天4时" read a second ago
    const confirm = timer('auto-confirm', endsAt);
    const view = tb({
      assessment: { stage: 'refund-refused', timers: [confirm], next: null },
      pageClocks: [{ clock: 'auto-confirm', endsAt, text: '还剩2天4时', readAt }],
    });
    show({ order: view });
    expect(document.querySelector('.big')?.textContent).toBe('2 days 4 hr');
    render(<Sidebar order={view} unreadable={false} collapsed={false} onCollapse={() => {}} showMe={() => true} t={t} locale="en" clock={() => Date.parse('2026-11-16T23:30:00Z')} />); // an hour on
    expect(document.querySelectorAll('.big')[1]?.textContent).toBe('2 days 2 hr');
  });
});

describe('the guard\'s question at the pressed button', () => {
  it('is titled with the order, says what pressing does and for how much, and offers keeping the refund first, focused', () => {
    const onAnswer = vi.fn();
    const guarded: OrderView = {
      ...order, title: 'Folding desk lamp', total: { amount: '59.00', currency: 'CNY' }, stage: 'refund-requested', refundOpen: true,
      guard: { reason: 'refund-open', confirmLabels: ['Confirm received'], withdrawLabels: [] },
    };
    const anchor = { left: 100, top: 300, bottom: 330, viewportHeight: 700, viewportWidth: 1024 };
    render(<Sidebar order={guarded} unreadable={false} collapsed onCollapse={() => {}} showMe={() => true} t={t} locale="en" clock={clock}
      question={{ kind: 'confirm', label: 'Confirm received' }} anchor={anchor} onAnswer={onAnswer} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Your refund for “Folding desk lamp” is still open' });
    expect(dialog.textContent).toContain('Confirming receipt ends the refund and pays the seller ¥59.00 now.');
    expect((dialog as HTMLElement).style.top).toBe('340px');
    expect(document.activeElement?.textContent).toBe('Keep my refund open');
    expect(document.querySelector('.dim')).toBeTruthy();
    // A script's click is no answer; the buyer's own is.
    fireEvent.click(screen.getByRole('button', { name: 'Confirm receipt anyway' }));
    expect(onAnswer).not.toHaveBeenCalled();
    trustedClick(screen.getByRole('button', { name: 'Confirm receipt anyway' }));
    expect(onAnswer).toHaveBeenCalledWith(true);
  });
});

/** A pointer event as the buyer's own hand makes it (isTrusted), or as a script dispatches it. */
function pointer(el: Element, type: string, clientX: number, trusted = true): void {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, clientX, button: 0 });
  Object.defineProperty(event, 'pointerId', { value: 1 });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

describe('moving the sidebar to the other side', () => {
  it('the header\'s button names where it moves the panel, and flips the side on the buyer\'s own press only', () => {
    const onSide = vi.fn();
    show({ side: 'right', onSide });
    const move = screen.getByRole('button', { name: 'Move to the left' });
    fireEvent.click(move);
    expect(onSide).not.toHaveBeenCalled();
    trustedClick(move);
    expect(onSide).toHaveBeenCalledWith('left');
  });

  it('offers the way back once on the left', () => {
    const onSide = vi.fn();
    show({ side: 'left', onSide });
    trustedClick(screen.getByRole('button', { name: 'Move to the right' }));
    expect(onSide).toHaveBeenCalledWith('right');
  });

  it('snaps to the side the header is dragged to, by the buyer\'s pointer; a script\'s drag moves nothing', () => {
    const onSide = vi.fn();
    show({ side: 'right', onSide });
    const header = document.querySelector('.panel header')!;
    // happy-dom's window is 1024 wide: let go at x = 200 is the left half.
    pointer(header, 'pointerdown', 900, false);
    pointer(header, 'pointermove', 200, false);
    pointer(header, 'pointerup', 200, false);
    expect(onSide).not.toHaveBeenCalled();
    pointer(header, 'pointerdown', 900);
    pointer(header, 'pointermove', 500);
    expect((document.querySelector('.panel') as HTMLElement).style.transform).toBe('translateX(-400px)');
    pointer(header, 'pointermove', 200);
    pointer(header, 'pointerup', 200);
    expect(onSide).toHaveBeenCalledWith('left');
    expect((document.querySelector('.panel') as HTMLElement).style.transform).toBe('');
  });

  it('the pill drags whole to the other side, and the click that ends the drag does not open it', () => {
    const onSide = vi.fn();
    const { onCollapse } = show({ side: 'right', onSide, collapsed: true });
    const pill = document.querySelector('button.tab')!;
    pointer(pill, 'pointerdown', 900);
    pointer(pill, 'pointermove', 300);
    pointer(pill, 'pointerup', 300);
    // The click a pointer sends counts its presses (detail 1); a key's has none (detail 0).
    pill.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    expect(onSide).toHaveBeenCalledWith('left');
    expect(onCollapse).not.toHaveBeenCalled();
    // A press that does not travel is a press: it opens the panel.
    pointer(pill, 'pointerdown', 900);
    pointer(pill, 'pointerup', 901);
    pill.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    expect(onCollapse).toHaveBeenCalledWith(false);
    expect(onSide).toHaveBeenCalledTimes(1);
    // Enter on the pill right after a drag (no pointer click followed it) still opens it.
    onCollapse.mockClear();
    pointer(pill, 'pointerdown', 300);
    pointer(pill, 'pointermove', 900);
    pointer(pill, 'pointerup', 900);
    pill.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    expect(onCollapse).toHaveBeenCalledWith(false);
  });

  it('a press on the header that does not travel, or a drag that ends on the same side, moves nothing', () => {
    const onSide = vi.fn();
    show({ side: 'right', onSide });
    const header = document.querySelector('.panel header')!;
    pointer(header, 'pointerdown', 900);
    pointer(header, 'pointerup', 903);
    pointer(header, 'pointerdown', 900);
    pointer(header, 'pointermove', 700);
    pointer(header, 'pointerup', 700);
    expect(onSide).not.toHaveBeenCalled();
  });
});
