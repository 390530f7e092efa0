import { describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import type { Stage } from '../../../src/rules/model';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2026-11-22T12:00:00Z');

// [order id, stage, status as shown, placedAt (from the day-only order date), buttons, title, total]
type Row = [string, Stage, string, string, string[], string, [string, string]];

function expectOrders(host: string, fixture: string, rows: Row[]) {
  const url = `https://${host}/p/order/index.html`;
  const reading = readPage(url, loadFixture(`aliexpress/${fixture}`), NOW);
  expect(reading?.kind).toBe('order-list');
  expect(reading?.problems).toEqual([]);
  expect(reading?.orders).toEqual(rows.map(([orderId, stage, statusText, placedAt, buttons, title, [amount, currency]]) => ({
    marketplace: 'aliexpress',
    orderId,
    stage,
    statusText,
    events: { placedAt },
    approximate: ['placedAt'],
    pageClocks: [],
    buttons,
    title,
    total: { amount, currency },
    url: `https://${host}/p/order/detail.html?orderId=${orderId}`,
  })));
}

describe('AliExpress order lists', () => {
  it('reads every order of an English list, the refund/return line overriding the header status', () => {
    expectOrders('www.aliexpress.com', 'list.en.html', [
      ['8190000000000101', 'awaiting-payment', 'Awaiting payment', '2026-11-20T00:00:00-08:00', ['Cancel order', 'Pay now'], 'Wireless Earbuds with Charging Case', ['18.45', 'USD']],
      ['8190000000000102', 'awaiting-shipment', 'To ship', '2026-11-18T00:00:00-08:00', ['Edit address'], 'Stainless Steel Water Bottle 750ml', ['9.99', 'USD']],
      ['8190000000000103', 'awaiting-shipment', 'Processing', '2026-11-17T00:00:00-08:00', ['Cancel order'], 'Phone Case for Model X, Clear', ['3.05', 'USD']],
      ['8190000000000104', 'shipped', 'Awaiting delivery', '2026-11-03T00:00:00-08:00', ['Track order', 'Confirm received'], 'USB-C Cable 2m Braided Fast Charge', ['2.10', 'USD']],
      ['8190000000000105', 'dispute-open', 'Dispute in progress', '2026-10-14T00:00:00-07:00', ['Track order', 'View dispute'], 'LED Desk Lamp with Clamp', ['26.70', 'USD']],
      ['8190000000000106', 'refund-requested', 'Refund in progress', '2026-10-30T00:00:00-07:00', ['Track order', 'View refund'], 'Mechanical Keyboard Keycaps Set', ['14.20', 'USD']],
      ['8190000000000107', 'delivered', 'Delivered', '2026-10-20T00:00:00-07:00', ['Track order', 'Confirm received'], 'Silicone Baking Mat', ['5.49', 'USD']],
      ['8190000000000108', 'completed', 'Completed', '2026-09-28T00:00:00-07:00', ['Add to cart', 'Write a review'], 'Cotton Socks 5 Pairs', ['7.80', 'USD']],
      ['8190000000000109', 'closed', 'Canceled', '2026-09-02T00:00:00-07:00', ['Add to cart'], 'Garden Hose Nozzle, 8 Patterns', ['4.15', 'USD']],
    ]);
  });

  it('reads a Polish list, labels and values in separate spans', () => {
    expectOrders('pl.aliexpress.com', 'list.pl.html', [
      ['8190000000000301', 'awaiting-payment', 'Oczekuje na płatność', '2026-11-18T00:00:00-08:00', ['Anuluj zamówienie', 'Zapłać teraz'], 'Głośnik Bluetooth, wodoodporny', ['45.10', 'PLN']],
      ['8190000000000302', 'awaiting-shipment', 'Oczekująca wysyłka', '2026-11-15T00:00:00-08:00', ['Zmień adres'], 'Organizer na biurko z bambusa', ['105.99', 'PLN']],
      ['8190000000000303', 'shipped', 'Wysłane', '2026-11-02T00:00:00-08:00', ['Śledź zamówienie', 'Potwierdź odbiór zamówienia'], 'Słuchawki nauszne z ANC', ['1249.00', 'PLN']],
      ['8190000000000304', 'return-awaiting-buyer', 'Oczekuje na zwrot towaru', '2026-10-20T00:00:00-07:00', ['Śledź zamówienie', 'Wyślij zwrot'], 'Kurtka przeciwdeszczowa', ['89.00', 'PLN']],
      ['8190000000000305', 'completed', 'Zakończone', '2026-10-01T00:00:00-07:00', ['Napisz opinię'], 'Zestaw śrubokrętów precyzyjnych', ['12.50', 'PLN']],
      ['8190000000000306', 'closed', 'Anulowane', '2026-09-12T00:00:00-07:00', ['Dodaj do koszyka'], 'Klocki konstrukcyjne 500 el.', ['30.00', 'PLN']],
    ]);
  });

  it('reads a Russian list', () => {
    expectOrders('aliexpress.ru', 'list.ru.html', [
      ['8190000000000401', 'awaiting-payment', 'Ожидание оплаты', '2026-11-19T00:00:00-08:00', ['Отменить заказ', 'Оплатить'], 'Умные часы с пульсометром', ['1234.56', 'RUB']],
      ['8190000000000402', 'shipped', 'Ожидание доставки', '2026-11-05T00:00:00-08:00', ['Отследить', 'Подтвердить получение товара'], 'Набор кухонных полотенец', ['799.00', 'RUB']],
      ['8190000000000403', 'return-shipped', 'Возврат в пути', '2026-10-10T00:00:00-07:00', ['Отследить'], 'Коврик для йоги 6 мм', ['2599', 'RUB']],
      ['8190000000000404', 'refunded', 'Средства возвращены', '2026-10-01T00:00:00-07:00', ['Удалить заказ'], 'Радиоуправляемая машинка', ['450.00', 'RUB']],
      ['8190000000000405', 'completed', 'Завершено', '2026-09-15T00:00:00-07:00', ['Оставить отзыв'], 'Термобельё мужское', ['1020.00', 'RUB']],
      ['8190000000000406', 'closed', 'Закрыт', '2026-09-03T00:00:00-07:00', ['Удалить заказ'], 'Набор гелевых ручек', ['150.00', 'RUB']],
    ]);
  });

  it('reads a Spanish list', () => {
    expectOrders('es.aliexpress.com', 'list.es.html', [
      ['8190000000000501', 'payment-verifying', 'Verificando el pago', '2026-11-21T00:00:00-08:00', ['Contactar al vendedor'], 'Altavoz Bluetooth portátil', ['26.70', 'EUR']],
      ['8190000000000502', 'awaiting-shipment', 'Esperando el envío', '2026-11-16T00:00:00-08:00', ['Cancelar pedido'], 'Funda para móvil, transparente', ['3.05', 'EUR']],
      ['8190000000000503', 'delivered', 'Entregado', '2026-10-25T00:00:00-07:00', ['Abrir disputa', 'Confirmar recepción'], 'Báscula de cocina digital', ['12.99', 'EUR']],
      ['8190000000000504', 'shipped', 'Esperando la entrega', '2026-10-30T00:00:00-07:00', ['Seguir pedido'], 'Botella de agua deportiva', ['8.40', 'EUR']],
      ['8190000000000505', 'completed', 'Completado', '2026-10-05T00:00:00-07:00', ['Escribir reseña'], 'Robot aspirador', ['1049.00', 'EUR']],
      ['8190000000000506', 'closed', 'Cancelado', '2026-09-20T00:00:00-07:00', ['Añadir al carrito'], 'Tijeras de podar', ['15.00', 'EUR']],
    ]);
  });
});

describe('AliExpress order lists that do not read cleanly', () => {
  const url = 'https://www.aliexpress.com/p/order/index.html';

  it('reads the good orders of a list with broken ones, and names each problem', () => {
    const reading = readPage(url, loadFixture('aliexpress/list-broken.en.html'), NOW);
    expect(reading?.orders.map((o) => [o.orderId, o.stage, o.statusText, o.total])).toEqual([
      ['8190000000000201', 'shipped', 'Awaiting delivery', { amount: '6.60', currency: 'USD' }],
      ['8190000000000203', 'unknown', 'Awaiting teleportation', { amount: '2.99', currency: 'USD' }],
      ['8190000000000204', 'completed', 'Completed', undefined],
    ]);
    expect(reading?.problems).toEqual([
      'aliexpress list: order #2 has no order id, left out',
      'order 8190…0203: status not recognised',
      'order 8190…0204: total not understood',
      'order 8190…0205: no status found, left out',
    ]);
  });

  it('reads the order id after a "Ref. Number:" label too', () => {
    const reading = readPage(url, loadFixture('aliexpress/list-broken.en.html'), NOW);
    expect(reading?.orders[0]?.orderId).toBe('8190000000000201');
  });

  it('keeps reading after an order whose reading throws', () => {
    const doc = loadFixture('aliexpress/list.en.html');
    const second = doc.querySelectorAll('.order-item')[1];
    if (second) vi.spyOn(second, 'querySelector').mockImplementation(() => { throw new Error('boom'); });
    const reading = readPage(url, doc, NOW);
    expect(reading?.orders).toHaveLength(8);
    expect(reading?.orders.map((o) => o.orderId)).not.toContain('8190000000000102');
    expect(reading?.problems).toEqual(['aliexpress list: order #2 could not be read']);
  });

  it('falls back to the detail link for the order id', () => {
    const doc = loadFixture('aliexpress/list.en.html');
    const first = doc.querySelector('.order-item-header-right-info');
    first?.lastElementChild?.remove();
    expect(readPage(url, doc, NOW)?.orders[0]?.orderId).toBe('8190000000000101');
  });

  it('reads no orders, and says so, from a page without any', () => {
    expect(readPage(url, loadFixture('aliexpress/not-an-order-page.html'), NOW)).toEqual({
      marketplace: 'aliexpress', kind: 'order-list', url, orders: [], problems: ['aliexpress list: no orders found'],
    });
  });
});
