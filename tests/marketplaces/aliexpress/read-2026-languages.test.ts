// The 2026 words in each language the readers know. English is as seen on a real page; the Polish,
// Russian and Spanish sentences are the readers' best reading of those sites (words/*.ts says which),
// written here as a page would print them, dates in each locale's own format.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';

const NOW = new Date('2026-09-02T12:00:00Z');
const ID = '8190000000002699';
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

type Lang = {
  host: string;
  transit: string; complete: string; idLabel: string; placedLabel: string; completedLabel: string; total: string;
  placed: string; completed: string; listDate: string;
  guarantee: string; refund: string; freeReturn: string; afterCompletion: string;
};

const LANGS: Record<'en' | 'pl' | 'ru' | 'es', Lang> = {
  en: {
    host: 'www.aliexpress.com', transit: 'Awaiting delivery', complete: 'Order complete',
    idLabel: 'Order ID', placedLabel: 'Order placed on', completedLabel: 'Completed on', total: 'Total',
    placed: 'Jun 20, 2026 08:30', completed: 'Jul 10, 2026 19:45', listDate: 'Date Sep 1, 2026',
    guarantee: 'If delivered after Aug 3, 2026 you can collect a R$5 coupon',
    refund: 'Refund if no delivery before Sep 4, 2026',
    freeReturn: 'Send it back within 15 days after delivery',
    afterCompletion: 'If there are any problems, you can apply for a return/refund within 7 days of confirming receipt, or open a dispute within 90 days after order was placed.',
  },
  pl: {
    host: 'pl.aliexpress.com', transit: 'Oczekuje na dostawę', complete: 'Zamówienie zakończone',
    idLabel: 'Numer zamówienia', placedLabel: 'Zamówienie złożone', completedLabel: 'Zakończono', total: 'Razem',
    placed: '20 cze 2026 08:30', completed: '10 lip 2026 19:45', listDate: 'Data 1 wrz 2026',
    guarantee: 'Jeśli zostanie dostarczone po 3 sie 2026, możesz odebrać kupon 5 zł',
    refund: 'Zwrot pieniędzy, jeśli brak dostawy przed 4 wrz 2026',
    freeReturn: 'Odeślij towar w ciągu 15 dni od dostawy',
    afterCompletion: 'W razie problemów możesz poprosić o zwrot w ciągu 7 dni od potwierdzenia odbioru lub otworzyć spór w ciągu 90 dni od złożenia zamówienia.',
  },
  ru: {
    host: 'aliexpress.ru', transit: 'Ожидание доставки', complete: 'Заказ завершён',
    idLabel: 'Номер заказа', placedLabel: 'Заказ оформлен', completedLabel: 'Завершён', total: 'Итого',
    placed: '20 июн. 2026 г. 08:30', completed: '10 июл. 2026 г. 19:45', listDate: 'Дата 1 сент. 2026 г.',
    guarantee: 'Если заказ доставлен после 3 авг. 2026 г., вы можете получить купон',
    refund: 'Возврат средств, если нет доставки до 4 сент. 2026 г.',
    freeReturn: 'Верните товар в течение 15 дней после доставки',
    afterCompletion: 'Если возникли проблемы, запросите возврат в течение 7 дней после подтверждения получения или откройте спор в течение 90 дней после оформления заказа.',
  },
  es: {
    host: 'es.aliexpress.com', transit: 'Esperando la entrega', complete: 'Pedido completado',
    idLabel: 'Número de pedido', placedLabel: 'Pedido realizado el', completedLabel: 'Completado el', total: 'Total',
    placed: '20 jun. 2026 08:30', completed: '10 jul. 2026 19:45', listDate: 'Fecha 1 sept. 2026',
    guarantee: 'Si se entrega después del 3 ago. 2026, puedes obtener un cupón de 5 €',
    refund: 'Reembolso si no se entrega antes del 4 sept. 2026',
    freeReturn: 'Devuélvelo en un plazo de 15 días tras la entrega',
    afterCompletion: 'Si hay algún problema, puedes solicitar una devolución en un plazo de 7 días tras confirmar la recepción o abrir una disputa en un plazo de 90 días desde que se realizó el pedido.',
  },
};

function detail(l: Lang, status: string, statusDesc: string, services: string[], completed: boolean): Document {
  return parse(`<div class="order-detail-wrap">
    <div class="order-block order-status"><div class="order-status-info">
      <div class="order-status-title">${esc(status)}</div><div class="order-status-desc">${esc(statusDesc)}</div>
    </div></div>
    <div class="order-block order-services">${services.map((s) => `<div class="order-services-item">${esc(s)}</div>`).join('')}</div>
    <div class="order-block order-detail-info">
      <div><span class="info-label">${esc(l.idLabel)}:</span> <span>${ID}</span></div>
      <div><span class="info-label">${esc(l.placedLabel)}:</span> <span>${esc(l.placed)}</span></div>
      ${completed ? `<div><span class="info-label">${esc(l.completedLabel)}:</span> <span>${esc(l.completed)}</span></div>` : ''}
    </div>
    <div class="order-block order-price"><div class="order-price-item"><span class="left-col">${esc(l.total)}</span><span class="right-col">R$10,00</span></div></div>
  </div>`);
}

describe.each(Object.entries(LANGS))('the 2026 words in %s', (_, l) => {
  const url = `https://${l.host}/p/order/detail.html?orderId=${ID}`;

  it('reads the delivery guarantee, the refund if not delivered and the free-return window', () => {
    const r = readPage(url, detail(l, l.transit, '', [l.guarantee, l.refund, l.freeReturn], false), NOW);
    expect(r?.problems).toEqual([]);
    expect(r?.orders[0]).toMatchObject({
      stage: 'shipped', freeReturn: true,
      pageClocks: [
        { clock: 'delivery-guarantee', endsAt: '2026-08-04T00:00:00-07:00', text: l.guarantee },
        { clock: 'refund-if-not-delivered', endsAt: '2026-09-04T00:00:00-07:00', text: l.refund },
      ],
    });
  });

  it('reads the return/refund and dispute windows of a completed order from the events they name', () => {
    const r = readPage(url, detail(l, l.complete, l.afterCompletion, [], true), NOW);
    expect(r?.problems).toEqual([]);
    expect(r?.orders[0]).toMatchObject({
      stage: 'completed',
      events: { placedAt: '2026-06-20T08:30:00-07:00', completedAt: '2026-07-10T19:45:00-07:00' },
      pageClocks: [
        { clock: 'return-after-receipt', endsAt: '2026-07-17T19:45:00-07:00' },
        { clock: 'dispute-after-completion', endsAt: '2026-09-18T08:30:00-07:00' },
      ],
    });
  });

  it('reads the list\'s order date label without a colon', () => {
    const doc = parse(`<div class="comet-checkbox-group"><div class="order-item">
      <div class="order-item-header"><span class="order-item-header-status-text">${esc(l.transit)}</span>
        <div class="order-item-header-right-info"><div><span>${esc(l.listDate.split(' ')[0]!)}</span> <span>${esc(l.listDate.split(' ').slice(1).join(' '))}</span></div></div>
        <a href="//${l.host}/p/order/detail.html?orderId=${ID}">→</a></div>
      <span class="order-item-content-opt-price-total">${esc(l.total)} R$10,00</span>
    </div></div>`);
    const r = readPage(`https://${l.host}/p/order/index.html`, doc, NOW);
    expect(r?.problems).toEqual([]);
    expect(r?.orders[0]?.events).toEqual({ placedAt: '2026-09-01T00:00:00-07:00' });
  });
});
