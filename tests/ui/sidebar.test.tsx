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
  it('says who must act, for how long, and what happens at zero', () => {
    show();
    expect(screen.getByText('Seller has 14 days left to respond — then the order closes by itself and your refund starts.')).toBeTruthy();
    expect(screen.getByText('Rule: 14 days after the cancellation request')).toBeTruthy();
    expect(screen.getByText('Worked out from the marketplace\'s rules')).toBeTruthy();
    expect(screen.getByText('Sources differ: 48 h · 72 h')).toBeTruthy();
    expect(screen.getByText('Source: Product brief')).toBeTruthy();
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
    fireEvent.click(screen.getByRole('button', { name: 'Show me' }));
    expect(showMe).toHaveBeenCalledWith(['Contact seller']);
  });

  it('says so when the button is not on the page', () => {
    show({ showMe: () => false });
    fireEvent.click(screen.getByRole('button', { name: 'Show me' }));
    expect(screen.getByRole('status').textContent).toBe('That button is not on this page right now.');
  });

  it('collapses to a tab that still shows the time left, reachable by keyboard', () => {
    const { onCollapse } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(onCollapse).toHaveBeenCalledWith(true);
    render(<Sidebar order={order} unreadable={false} collapsed onCollapse={onCollapse} showMe={() => true} t={t} locale="en" clock={clock} />);
    const tab = screen.getByRole('button', { name: 'Show Buyer Clock' });
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
    expect(screen.getByText('Time to respond ran out 1 day ago — the order closes by itself and your refund starts.')).toBeTruthy();
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
