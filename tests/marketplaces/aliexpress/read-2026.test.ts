// The AliExpress pages as served in 2026: the list's "Date" label and typed buttons, and the promises
// the pages print (delivery guarantee, refund if not delivered, free return, the windows after completion).
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { assess } from '../../../src/rules';
import { loadFixture } from '../load-fixture';

const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const detailUrl = (id: string) => `https://www.aliexpress.com/p/order/detail.html?orderId=${id}`;
const TRACKING_URL = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8190000000002602';
// Fixed instants: the readers use `now` only for yearless dates and countdowns, none of which these pages print.
const LIST_NOW = new Date('2026-09-02T12:00:00Z');
const TRANSIT_NOW = new Date('2026-07-25T12:00:00Z');

const clocksOf = (timers: { clock: string; endsAt: string; from: string }[]) => timers.map((t) => [t.clock, t.endsAt, t.from]);

describe('the 2026 list', () => {
  const reading = () => readPage(LIST_URL, loadFixture('aliexpress/list-2026.en.html'), LIST_NOW);

  it('reads all ten orders, each with the placed date its "Date" label gives, colon or not', () => {
    const r = reading();
    expect(r?.problems).toEqual([]);
    expect(r?.orders.map((o) => [o.orderId, o.stage, o.events.placedAt])).toEqual([
      ['8190000000002601', 'awaiting-payment', '2026-09-01T00:00:00-07:00'],
      ['8190000000002602', 'shipped', '2026-07-15T00:00:00-07:00'],
      ['8190000000002603', 'completed', '2026-06-20T00:00:00-07:00'],
      ['8190000000002604', 'shipped', '2026-08-28T00:00:00-07:00'],
      ['8190000000002605', 'awaiting-shipment', '2026-08-30T00:00:00-07:00'],
      ['8190000000002606', 'completed', '2026-05-30T00:00:00-07:00'],
      ['8190000000002607', 'shipped', '2026-08-12T00:00:00-07:00'],
      ['8190000000002608', 'completed', '2026-04-18T00:00:00-07:00'],
      ['8190000000002609', 'closed', '2026-04-02T00:00:00-07:00'],
      // Pacific daylight time began on Mar 8, 2026.
      ['8190000000002610', 'completed', '2026-03-11T00:00:00-07:00'],
    ]);
    expect(r?.orders.every((o) => o.approximate?.includes('placedAt'))).toBe(true);
    expect(r?.orders[1]).toMatchObject({ total: { amount: '31.93', currency: 'BRL' }, title: 'Folding Phone Stand, Aluminium', url: detailUrl('8190000000002602') });
  });

  it('gives the unpaid order its 20-day clock from the "Date" line', () => {
    const unpaid = reading()?.orders[0];
    expect(unpaid && assess(unpaid, LIST_NOW).timers).toMatchObject([{ clock: 'payment', endsAt: '2026-09-21T00:00:00-07:00', actor: 'buyer' }]);
  });

  it('names buttons by their stable type where their text is translated', () => {
    const orders = reading()?.orders ?? [];
    expect(orders[1]?.buttons).toEqual(['Track status', 'Confirm received']);
    expect(orders[2]?.buttons).toEqual(['Add to cart', 'Remove']);
    // Order 07's buttons are shown translated (as by the browser); their types still say what they are.
    expect(orders[6]?.buttons).toEqual(['Rastrear status', 'Track status', 'Confirmar recebimento', 'Confirm received']);
    expect(orders[6] && assess(orders[6], LIST_NOW).next).toBeNull();
  });

  it('marks the goods the list tags "Free returns", and no others', () => {
    expect(reading()?.orders.filter((o) => o.freeReturn).map((o) => o.orderId)).toEqual(['8190000000002602', '8190000000002603']);
  });

  it('has no dated clock from "R$5 coupon if delayed" alone: the list prints no delivery date to hang it on', () => {
    expect(reading()?.orders.flatMap((o) => o.pageClocks)).toEqual([]);
  });

  it('reads the orders "View orders" appends in place', () => {
    const doc = loadFixture('aliexpress/list-2026.en.html');
    const group = doc.querySelector('.comet-checkbox-group');
    const more = doc.querySelectorAll('.order-item')[1]!.cloneNode(true) as Element;
    for (const el of more.querySelectorAll('*')) {
      for (const node of el.childNodes) if (node.nodeType === 3) node.textContent = node.textContent!.replace('8190000000002602', '8190000000002611');
      const href = el.getAttribute('href');
      if (href) el.setAttribute('href', href.replace('8190000000002602', '8190000000002611'));
    }
    group?.append(more);
    const r = readPage(LIST_URL, doc, LIST_NOW);
    expect(r?.orders).toHaveLength(11);
    expect(r?.orders[10]).toMatchObject({ orderId: '8190000000002611', stage: 'shipped', events: { placedAt: '2026-07-15T00:00:00-07:00' } });
  });
});

describe('the 2026 detail page of an order in transit', () => {
  const url = detailUrl('8190000000002602');
  const order = () => readPage(url, loadFixture('aliexpress/detail-2026-in-transit.en.html'), TRANSIT_NOW)?.orders[0];

  it('reads the delivery guarantee, the refund if not delivered and the free-return mark', () => {
    const r = readPage(url, loadFixture('aliexpress/detail-2026-in-transit.en.html'), TRANSIT_NOW);
    expect(r?.problems).toEqual([]);
    expect(r?.orders[0]).toEqual({
      marketplace: 'aliexpress',
      orderId: '8190000000002602',
      stage: 'shipped',
      statusText: 'Awaiting delivery',
      events: { placedAt: '2026-07-15T10:02:00-07:00', paidAt: '2026-07-15T10:04:00-07:00', shippedAt: '2026-07-17T00:00:00-07:00' },
      approximate: ['shippedAt'],
      pageClocks: [
        // "If delivered after Aug 3, 2026": late from the start of Aug 4, platform time.
        { clock: 'delivery-guarantee', endsAt: '2026-08-04T00:00:00-07:00', text: 'If delivered after Aug 3, 2026 you can collect a R$5 coupon' },
        // "before Sep 4, 2026": Sep 4 itself is too late.
        { clock: 'refund-if-not-delivered', endsAt: '2026-09-04T00:00:00-07:00', text: 'Refund if no delivery before Sep 4, 2026' },
      ],
      buttons: ['Confirm received', 'Track order'],
      title: 'Folding Phone Stand, Aluminium',
      total: { amount: '31.93', currency: 'BRL' },
      url,
      freeReturn: true,
    });
  });

  it('shows the coupon claim, the refund and buyer protection, soonest first, and the platform as the one to deliver', () => {
    const a = assess(order()!, TRANSIT_NOW);
    expect(a.timers.map((t) => [t.clock, t.actor, t.onExpiry, t.endsAt, t.from])).toEqual([
      ['delivery-guarantee', 'platform', 'coupon-claimable', '2026-08-04T00:00:00-07:00', 'page'],
      ['refund-if-not-delivered', 'platform', 'refund-if-undelivered', '2026-09-04T00:00:00-07:00', 'page'],
      ['protection', 'buyer', 'order-completes', '2026-09-15T00:00:00-07:00', 'rule'],
    ]);
  });

  it('points at the coupon once the parcel is late, after the buyer\'s own running clock', () => {
    const o = order()!;
    const noProtection = { ...o, events: {} };
    // Before Aug 3 ends there is nothing to claim: wait, and track the parcel.
    expect(assess(noProtection, TRANSIT_NOW).next).toMatchObject({ action: 'wait', labels: ['Track order'] });
    // Late: the coupon, even while the refund date is still ahead (no button for it was seen on the page).
    expect(assess(noProtection, new Date('2026-08-05T12:00:00Z')).next).toMatchObject({ action: 'claim-coupon', labels: [], deadline: '2026-08-04T00:00:00-07:00' });
    // Buyer protection still running is the buyer's own clock and comes first.
    expect(assess(o, new Date('2026-08-05T12:00:00Z')).next).toMatchObject({ action: 'confirm-receipt', labels: ['Confirm received'] });
  });

  it('starts the free-return window from delivery, 15 days as the page says', () => {
    const doc = loadFixture('aliexpress/detail-2026-in-transit.en.html');
    doc.querySelector('.order-status-title')!.textContent = 'Delivered';
    const info = doc.querySelector('.order-detail-info')!;
    const line = doc.createElement('div');
    line.textContent = 'Delivered on: Aug 1, 2026 14:10';
    info.append(line);
    const delivered = readPage(url, doc, TRANSIT_NOW)?.orders[0];
    expect(delivered?.pageClocks).toContainEqual({ clock: 'free-return', endsAt: '2026-08-16T14:10:00-07:00', text: 'Send it back within 15 days after delivery' });
    expect(delivered && assess(delivered, new Date('2026-08-02T00:00:00Z')).timers).toContainEqual(
      expect.objectContaining({ clock: 'free-return', endsAt: '2026-08-16T14:10:00-07:00', from: 'page', actor: 'buyer' }),
    );
  });

  it('hangs an undated "coupon if delayed" on the estimated delivery date', () => {
    const doc = loadFixture('aliexpress/detail-2026-in-transit.en.html');
    doc.querySelector('.order-service-progress-tip')!.textContent = 'R$5 coupon if delayed';
    expect(readPage(url, doc, TRANSIT_NOW)?.orders[0]?.pageClocks[0]).toEqual({
      clock: 'delivery-guarantee', endsAt: '2026-08-04T00:00:00-07:00', text: 'Estimated delivery date: Aug 3, 2026 · coupon if delayed',
    });
  });

  it('reports a guarantee whose date it cannot read, and makes no clock of it', () => {
    const doc = loadFixture('aliexpress/detail-2026-in-transit.en.html');
    doc.querySelector('.order-service-progress-tip')!.textContent = 'If delivered after the holidays you can collect a R$5 coupon';
    const r = readPage(url, doc, TRANSIT_NOW);
    expect(r?.orders[0]?.pageClocks.map((c) => c.clock)).toEqual(['refund-if-not-delivered']);
    expect(r?.problems).toEqual(['order 8190…2602: delivery guarantee date not understood']);
  });
});

describe('the 2026 detail page of a completed order', () => {
  const url = detailUrl('8190000000002603');
  const now = new Date('2026-07-12T12:00:00Z');
  const order = () => readPage(url, loadFixture('aliexpress/detail-2026-completed.en.html'), now)?.orders[0];

  it('reads both windows the status block prints, each from the event it names', () => {
    expect(order()).toMatchObject({
      stage: 'completed', statusText: 'Order complete', buttons: ['Add to cart', 'Remove'],
      events: { placedAt: '2026-06-20T08:30:00-07:00', completedAt: '2026-07-10T19:45:00-07:00' },
      pageClocks: [
        { clock: 'return-after-receipt', endsAt: '2026-07-17T19:45:00-07:00' },
        { clock: 'dispute-after-completion', endsAt: '2026-09-18T08:30:00-07:00' },
      ],
    });
  });

  it('lets the page\'s 90 days win over the 15-day rule, and keeps the rule\'s date to say so', () => {
    const a = assess(order()!, now);
    expect(a.timers).toEqual([
      { clock: 'return-after-receipt', ruleId: 'ae-return-after-receipt', actor: 'buyer', onExpiry: 'right-lapses', endsAt: '2026-07-17T19:45:00-07:00', from: 'page', confidence: 'page' },
      {
        clock: 'dispute-after-completion', ruleId: 'ae-dispute-window', actor: 'buyer', onExpiry: 'right-lapses', endsAt: '2026-09-18T08:30:00-07:00',
        from: 'page', confidence: 'page', ruleEndsAt: '2026-07-25T19:45:00-07:00',
      },
    ]);
    expect(a.next).toMatchObject({ action: 'request-refund', deadline: '2026-07-17T19:45:00-07:00' });
  });

  it('without the page\'s line, a completed order still gets the rule\'s dispute window and no return window', () => {
    const doc = loadFixture('aliexpress/detail-2026-completed.en.html');
    doc.querySelector('.order-status-desc')!.remove();
    const o = readPage(url, doc, now)?.orders[0];
    expect(o?.pageClocks).toEqual([]);
    expect(o && clocksOf(assess(o, now).timers)).toEqual([['dispute-after-completion', '2026-07-25T19:45:00-07:00', 'rule']]);
  });
});

describe('the 2026 tracking page', () => {
  it('knows a signed-for parcel by its event code, even with the title translated, and when it was delivered', () => {
    const doc = loadFixture('aliexpress/tracking-2026.en.html');
    const event = doc.createElement('li');
    event.setAttribute('data-code', 'AE_GTMS_SIGNED');
    event.textContent = 'Aug 1, 2026 14:10 Entregue ao destinatário';
    doc.querySelector('.tracking-detail-list')!.prepend(event);
    doc.querySelector('.logistics-status-title')!.textContent = 'Entregue';
    const order = readPage(TRACKING_URL, doc, TRANSIT_NOW)?.orders[0];
    expect(order).toMatchObject({ stage: 'delivered', statusText: 'Entregue', events: { deliveredAt: '2026-08-01T14:10:00-07:00' } });
    expect(order?.approximate).toBeUndefined();
  });

  it('reads the coupon line and the refund date it prints', () => {
    const r = readPage(TRACKING_URL, loadFixture('aliexpress/tracking-2026.en.html'), TRANSIT_NOW);
    expect(r?.problems).toEqual([]);
    expect(r?.orders[0]).toMatchObject({
      orderId: '8190000000002602', stage: 'shipped', statusText: 'In transit',
      pageClocks: [
        { clock: 'delivery-guarantee', endsAt: '2026-08-04T00:00:00-07:00', text: 'Apply for R$5.00 coupon code if delayed by Aug 3, 2026' },
        { clock: 'refund-if-not-delivered', endsAt: '2026-09-03T00:00:00-07:00', text: 'Refund if no delivery before Sep 3, 2026' },
      ],
    });
  });
});
