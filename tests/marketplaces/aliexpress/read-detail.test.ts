import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2026-11-22T12:00:00Z');
const detailUrl = (host: string, id: string) => `https://${host}/p/order/detail.html?orderId=${id}`;

function readDetail(fixture: string, url: string) {
  const reading = readPage(url, loadFixture(`aliexpress/${fixture}`), NOW);
  expect(reading?.kind).toBe('order-detail');
  expect(reading?.orders).toHaveLength(1);
  return { order: reading?.orders[0], problems: reading?.problems };
}

describe('AliExpress detail pages', () => {
  it('reads a cancellation request (English)', () => {
    const url = detailUrl('www.aliexpress.com', '8190000000000417');
    expect(readDetail('detail-cancel-requested.en.html', url)).toEqual({
      order: {
        marketplace: 'aliexpress',
        orderId: '8190000000000417',
        stage: 'cancel-requested',
        statusText: 'Awaiting cancellation',
        events: {
          placedAt: '2026-11-10T09:12:00-08:00',
          paidAt: '2026-11-10T09:15:00-08:00',
          cancelRequestedAt: '2026-11-16T14:30:00-08:00',
        },
        pageClocks: [],
        buttons: ['Contact seller', 'View cancellation details'],
        title: 'Portable Bluetooth Speaker, Waterproof',
        total: { amount: '21.39', currency: 'USD' },
        url,
      },
      problems: [],
    });
  });

  it('reads a refund in progress, with the confirm button still on the page', () => {
    const url = detailUrl('www.aliexpress.com', '8190000000000529');
    expect(readDetail('detail-refund-open.en.html', url).order).toMatchObject({
      orderId: '8190000000000529', stage: 'refund-requested', statusText: 'Refund in progress',
      events: { refundRequestedAt: '2026-11-18T11:05:00-08:00', shippedAt: '2026-11-04T00:00:00-08:00' },
      buttons: ['Confirm received', 'View refund', 'Track order'], title: 'USB-C Desk Charger 65W',
    });
  });

  it('reads a shipped order with its buyer-protection countdown as the protection clock', () => {
    const url = detailUrl('www.aliexpress.com', '8190000000000311');
    expect(readDetail('detail-shipped.en.html', url)).toEqual({
      order: {
        marketplace: 'aliexpress',
        orderId: '8190000000000311',
        stage: 'shipped',
        statusText: 'Awaiting delivery',
        events: {
          placedAt: '2026-11-02T20:41:00-08:00',
          paidAt: '2026-11-02T20:43:00-08:00',
          shippedAt: '2026-11-04T00:00:00-08:00',
        },
        approximate: ['shippedAt'],
        // now (2026-11-22T12:00:00Z) + 12 d 03:22:11
        pageClocks: [{ clock: 'protection', endsAt: '2026-12-04T07:22:11-08:00', text: 'Buyer protection: 12 days 03:22:11' }],
        buttons: ['Confirm received', 'Open dispute', 'Track order'],
        title: 'Ergonomic Wireless Mouse 2.4G',
        total: { amount: '12.34', currency: 'USD' },
        url,
      },
      problems: [],
    });
  });

  it('reads an unpaid order', () => {
    const url = detailUrl('www.aliexpress.com', '8190000000000419');
    expect(readDetail('detail-awaiting-payment.en.html', url)).toEqual({
      order: {
        marketplace: 'aliexpress',
        orderId: '8190000000000419',
        stage: 'awaiting-payment',
        statusText: 'Awaiting payment',
        events: { placedAt: '2026-11-20T18:05:00-08:00' },
        pageClocks: [],
        buttons: ['Pay now'],
        title: 'Memory Foam Pillow, Contour',
        total: { amount: '16.25', currency: 'USD' },
        url,
      },
      problems: [],
    });
  });

  it('reads an open dispute, with dates either side of the DST change', () => {
    const { order } = readDetail('detail-dispute.en.html', detailUrl('www.aliexpress.com', '8190000000000423'));
    expect(order).toMatchObject({
      stage: 'dispute-open',
      statusText: 'Dispute in progress',
      events: {
        placedAt: '2026-10-01T08:00:00-07:00',
        paidAt: '2026-10-01T08:02:00-07:00',
        shippedAt: '2026-10-03T00:00:00-07:00',
        disputeOpenedAt: '2026-11-14T12:00:00-08:00',
      },
      approximate: ['shippedAt'],
      buttons: ['View dispute', 'Contact seller'],
      total: { amount: '9.80', currency: 'USD' },
    });
  });

  it('reads a Polish shipped order and its countdown in Polish', () => {
    const url = detailUrl('pl.aliexpress.com', '8190000000000420');
    expect(readDetail('detail-shipped.pl.html', url)).toEqual({
      order: {
        marketplace: 'aliexpress',
        orderId: '8190000000000420',
        stage: 'shipped',
        statusText: 'Wysłane',
        events: {
          placedAt: '2026-11-02T10:23:00-08:00',
          paidAt: '2026-11-02T10:25:00-08:00',
          shippedAt: '2026-11-04T00:00:00-08:00',
        },
        approximate: ['shippedAt'],
        pageClocks: [{ clock: 'protection', endsAt: '2026-12-04T07:22:11-08:00', text: 'Ochrona kupującego: 12 dni 03:22:11' }],
        buttons: ['Potwierdź odbiór zamówienia', 'Otwórz spór', 'Śledź zamówienie'],
        title: 'Lampka nocna LED z czujnikiem ruchu',
        total: { amount: '105.99', currency: 'PLN' },
        url,
      },
      problems: [],
    });
  });

  it('reads a Russian completed order with every step of its timeline', () => {
    const url = detailUrl('aliexpress.ru', '8190000000000421');
    expect(readDetail('detail-completed.ru.html', url)).toEqual({
      order: {
        marketplace: 'aliexpress',
        orderId: '8190000000000421',
        stage: 'completed',
        statusText: 'Завершено',
        events: {
          placedAt: '2026-10-12T10:23:00-07:00',
          paidAt: '2026-10-12T10:24:00-07:00',
          shippedAt: '2026-10-14T00:00:00-07:00',
          deliveredAt: '2026-10-28T00:00:00-07:00',
          receivedAt: '2026-10-30T19:02:00-07:00',
          completedAt: '2026-10-30T19:02:00-07:00',
        },
        approximate: ['shippedAt', 'deliveredAt'],
        pageClocks: [],
        buttons: ['Оставить отзыв', 'Открыть спор'],
        title: 'Термокружка 450 мл',
        total: { amount: '2345.00', currency: 'RUB' },
        url,
      },
      problems: [],
    });
  });

  it('reads a Spanish order waiting for the buyer to send the return', () => {
    const url = detailUrl('es.aliexpress.com', '8190000000000422');
    expect(readDetail('detail-return.es.html', url)).toEqual({
      order: {
        marketplace: 'aliexpress',
        orderId: '8190000000000422',
        stage: 'return-awaiting-buyer',
        statusText: 'Esperando la devolución',
        events: {
          placedAt: '2026-10-20T11:05:00-07:00',
          paidAt: '2026-10-20T11:06:00-07:00',
          shippedAt: '2026-10-22T00:00:00-07:00',
          deliveredAt: '2026-11-03T00:00:00-08:00',
          refundRequestedAt: '2026-11-05T09:30:00-08:00',
          returnAgreedAt: '2026-11-07T16:45:00-08:00',
        },
        approximate: ['shippedAt', 'deliveredAt'],
        pageClocks: [],
        buttons: ['Añadir número de seguimiento', 'Ver detalles de la devolución', 'Contactar al vendedor'],
        title: 'Chaqueta impermeable de senderismo',
        total: { amount: '26.70', currency: 'EUR' },
        url,
      },
      problems: [],
    });
  });

  it('leaves the site header and footer buttons out', () => {
    const { order } = readDetail('detail-shipped.en.html', detailUrl('www.aliexpress.com', '8190000000000311'));
    expect(order?.buttons).not.toContain('Search');
  });
});

describe('AliExpress detail pages that do not read cleanly', () => {
  const url = detailUrl('www.aliexpress.com', '8190000000000311');

  it('keeps an unknown status as unknown, shown as the page shows it, and says so', () => {
    const doc = loadFixture('aliexpress/detail-shipped.en.html');
    const title = doc.querySelector('.order-status-title');
    if (title) title.textContent = '  Awaiting   teleportation ';
    const reading = readPage(url, doc, NOW);
    expect(reading?.orders[0]).toMatchObject({ stage: 'unknown', statusText: 'Awaiting teleportation', orderId: '8190000000000311' });
    expect(reading?.problems).toEqual(['order 8190…0311: status not recognised']);
  });

  it('takes the order id from the page when the address has none', () => {
    const reading = readPage('https://www.aliexpress.com/p/order/detail.html', loadFixture('aliexpress/detail-shipped.en.html'), NOW);
    expect(reading?.orders[0]?.orderId).toBe('8190000000000311');
  });

  it('reads no order while the address and the page name different orders (mid-navigation)', () => {
    const other = detailUrl('www.aliexpress.com', '8190000000000417');
    expect(readPage(other, loadFixture('aliexpress/detail-shipped.en.html'), NOW)).toEqual({
      marketplace: 'aliexpress', kind: 'order-detail', url: other,
      orders: [], problems: ['aliexpress detail: page shows another order than its address'],
    });
  });

  it('reads no order, and says why, when there is no order id anywhere', () => {
    const doc = loadFixture('aliexpress/detail-shipped.en.html');
    doc.querySelector('.order-detail-info')?.remove();
    expect(readPage('https://www.aliexpress.com/p/order/detail.html', doc, NOW)).toEqual({
      marketplace: 'aliexpress', kind: 'order-detail', url: 'https://www.aliexpress.com/p/order/detail.html',
      orders: [], problems: ['aliexpress detail: no order id found'],
    });
  });

  it('reads no order from a page without a status block, rather than invent a stage', () => {
    expect(readPage(url, loadFixture('aliexpress/not-an-order-page.html'), NOW)).toEqual({
      marketplace: 'aliexpress', kind: 'order-detail', url, orders: [], problems: ['aliexpress detail: no status found'],
    });
  });

  it('reports a countdown, a date and a total it cannot read, and keeps the rest', () => {
    const doc = loadFixture('aliexpress/detail-shipped.en.html');
    const countdown = doc.querySelector('.order-status-countdown');
    if (countdown) countdown.textContent = 'soon';
    const values = doc.querySelectorAll('.order-detail-info-item .info-value');
    const paid = values[2];
    if (paid) paid.textContent = 'yesterday';
    const total = doc.querySelector('.order-price-total .right-col');
    if (total) total.textContent = 'free';
    const reading = readPage(url, doc, NOW);
    expect(reading?.problems).toEqual([
      'order 8190…0311: total not understood',
      'order 8190…0311: paidAt date not understood',
      'order 8190…0311: buyer protection countdown not understood',
    ]);
    expect(reading?.orders[0]).toMatchObject({ stage: 'shipped', pageClocks: [], events: { placedAt: '2026-11-02T20:41:00-08:00', shippedAt: '2026-11-04T00:00:00-08:00' } });
    expect(reading?.orders[0]?.events.paidAt).toBeUndefined();
    expect(reading?.orders[0]?.total).toBeUndefined();
  });

  it('says when there is no total line at all', () => {
    const doc = loadFixture('aliexpress/detail-awaiting-payment.en.html');
    doc.querySelector('.order-price-total')?.remove();
    expect(readPage(detailUrl('www.aliexpress.com', '8190000000000419'), doc, NOW)?.problems).toEqual(['order 8190…0419: total not found']);
  });
});
