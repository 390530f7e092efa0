// The 2026 AliExpress promises, from the fixture pages through the worker's merge and view to what the
// buyer sees: the sidebar, the list's chip, the popup and the calendar export.
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage } from '../../src/marketplaces';
import { mergeSnapshot } from '../../src/background/merge';
import { toView } from '../../src/background/router';
import { Chips } from '../../src/content/chips';
import { translateFrom } from '../../src/lib/i18n';
import type { OrderRecord } from '../../src/lib/storage';
import { buildIcs, hashedUid } from '../../src/options/ics';
import { formatDeadline } from '../../src/ui/format';
import { Popup } from '../../src/popup/Popup';
import { Sidebar } from '../../src/sidebar/Sidebar';
import { loadFixture } from '../marketplaces/load-fixture';

const t = translateFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const NOW = Date.parse('2026-07-25T12:00:00Z');
const TRANSIT = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000002602';
const COMPLETED = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000002603';
const LIST = 'https://pt.aliexpress.com/p/order/index.html';

/** Visits in order, each folded into what was known, as the worker's store does. */
function visit(pages: [string, string][]): Map<string, OrderRecord> {
  const records = new Map<string, OrderRecord>();
  pages.forEach(([url, fixture], i) => {
    const reading = readPage(url, loadFixture(`aliexpress/${fixture}`), new Date(NOW))!;
    for (const seen of reading.orders) {
      const key = `order:aliexpress:${seen.orderId}`;
      records.set(key, mergeSnapshot(records.get(key) ?? null, seen, new Date(NOW - (pages.length - i) * 60_000).toISOString(), reading.kind));
    }
  });
  return records;
}

const views = () => [...visit([[TRANSIT, 'detail-2026-in-transit.en.html'], [COMPLETED, 'detail-2026-completed.en.html'], [LIST, 'list-2026.en.html']]).values()]
  .map((r) => toView(r, new Date(NOW)));
const viewOf = (id: string) => views().find((v) => v.orderId === id)!;

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the in-transit order\'s promises', () => {
  it('keep the detail page\'s clocks when the list, which prints no dates for them, is read after it', () => {
    expect(viewOf('8190000000002602').assessment.timers.map((tm) => tm.clock)).toEqual(['delivery-guarantee', 'refund-if-not-delivered', 'protection']);
  });

  it('show in the sidebar: the coupon claim and the refund, each in the buyer\'s time beside Pacific time', () => {
    const { container } = render(
      <Sidebar order={viewOf('8190000000002602')} unreadable={false} collapsed={false} onCollapse={vi.fn()} showMe={vi.fn(() => true)} t={t} locale="en-GB" clock={() => NOW} />,
    );
    const clocks = [...container.querySelectorAll('[data-clock]')].map((el) => el.getAttribute('data-clock'));
    // The coupon claim leads; the refund if not delivered is among the others (grouped by who acts).
    expect(clocks[0]).toBe('delivery-guarantee');
    expect(clocks).toContain('refund-if-not-delivered');
    const guarantee = container.querySelector('[data-clock="delivery-guarantee"]')!.textContent ?? '';
    expect(guarantee).toMatch(/The marketplace has 9 days 19 hr left to deliver your parcel on time — then if it is late, you can claim the coupon the page promises\./);
    // The buyer's own zone is the test run's: the line is the deadline as formatDeadline words it there.
    expect(guarantee).toContain(formatDeadline('2026-08-04T00:00:00-07:00', 'en-GB', t));
    // For a buyer elsewhere (here UTC−3): their own time first, AliExpress's Pacific time beside it.
    expect(formatDeadline('2026-08-04T00:00:00-07:00', 'en-GB', t, -180)).toMatch(/^Ends \d{1,2} Aug, \d\d:\d\d your time — 4 Aug, 00:00 Pacific$/);
    expect(guarantee).toContain('From the page\'s own countdown · exact');
    const refund = container.querySelector('[data-clock="refund-if-not-delivered"]')!.textContent ?? '';
    expect(refund).toMatch(/left to deliver your parcel — then if it has not arrived, you get a refund\./);
  });

  it('put the most urgent of them on the list\'s chip', () => {
    document.body.append(Object.assign(document.createElement('div'), { textContent: 'Ref. Number 8190000000002602' }));
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const chips = new Chips(document, t, () => NOW);
    chips.show([viewOf('8190000000002602')]);
    const chip = roots[0]?.querySelector('.chip');
    expect(chip?.getAttribute('aria-label')).toMatch(/left to deliver your parcel on time — then if it is late, you can claim the coupon/);
    expect(chip?.className).toBe('chip actor-platform');
    chips.clear();
  });
});

describe('the completed order\'s windows', () => {
  it('say in the sidebar that the page\'s dispute window wins over the rule\'s', () => {
    const { container } = render(
      <Sidebar order={viewOf('8190000000002603')} unreadable={false} collapsed={false} onCollapse={vi.fn()} showMe={vi.fn(() => true)} t={t} locale="en-GB" clock={() => Date.parse('2026-07-12T12:00:00Z')} />,
    );
    const dispute = container.querySelector('[data-clock="dispute-after-completion"]')!.textContent ?? '';
    expect(dispute).toContain('The page\'s own date is used; by the marketplace\'s rule: Ends');
    expect(container.querySelector('[data-clock="return-after-receipt"]')?.textContent).toMatch(/left to ask for a return or refund — then you lose this right/);
  });
});

describe('the popup and the calendar', () => {
  it('list every order with a running promise, the most urgent first', () => {
    const { container } = render(
      <Popup orders={views()} t={t} locale="en" zone="UTC" clock={() => NOW}
        onAdd={vi.fn(async () => true)} onPreview={vi.fn(async () => null)} onChecklist={vi.fn()} onEvidence={vi.fn()} onRemove={vi.fn()} onSettings={vi.fn()}
        onSaveSetAside={vi.fn(async () => null)} onDiscardSetAside={vi.fn()} onAcknowledgeFull={vi.fn()} />,
    );
    const listed = [...container.querySelectorAll('li[data-order]')].map((li) => li.getAttribute('data-order'));
    // The coupon claim (4 Aug) first; then the completed order's dispute window (18 Sep), then the unpaid order (21 Sep).
    expect(listed.slice(0, 3)).toEqual(['8190000000002602', '8190000000002603', '8190000000002601']);
    expect(screen.getByText(/The marketplace has 9 days 19 hr left to deliver your parcel on time/)).toBeTruthy();
  });

  it('export each promise still ahead as an event ending at the page\'s date', () => {
    const calendar = new ICAL.Component(ICAL.parse(buildIcs(views(), NOW, t, [1440])));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // UIDs are hashes of the order key and the rule id (an order's text cannot shape them).
    const byUid = (key: string, ruleId: string) => events.find((e) => e.uid === hashedUid(`${key}|${ruleId}`));
    const ends = (key: string, ruleId: string) => byUid(key, ruleId)?.endDate.toJSDate().toISOString();
    expect(ends('order:aliexpress:8190000000002602', 'ae-delivery-guarantee')).toBe('2026-08-04T07:00:00.000Z');
    expect(ends('order:aliexpress:8190000000002602', 'ae-refund-if-not-delivered')).toBe('2026-09-04T07:00:00.000Z');
    expect(ends('order:aliexpress:8190000000002603', 'ae-dispute-window')).toBe('2026-09-18T15:30:00.000Z');
    expect(byUid('order:aliexpress:8190000000002602', 'ae-delivery-guarantee')?.summary).toBe('AliExpress · Folding Phone Stand, Aluminium: deliver your parcel on time');
  });
});
