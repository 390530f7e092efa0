import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { cnyIn } from '../../../src/marketplaces/alibaba1688/money';
import { enumStageOf, orderStageOf, refundStageOf } from '../../../src/marketplaces/alibaba1688/words';
import { PageReading } from '../../../src/rules/model';
import { loadShadowFixture } from './load-shadow-fixture';

const NOW = new Date('2026-11-22T04:00:00Z');
const HERE = dirname(fileURLToPath(import.meta.url));
const LIST = 'https://trade.1688.com/order/buyer_order_list.htm';
const OLD_DETAIL = 'https://trade.1688.com/order/new_step_order_detail.htm?orderId=';
const NEW_DETAIL = 'https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=';
const REFUND = 'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=';

// Each fixture under the address scripts/pages.mjs serves it at.
export const FIXTURE_URLS: Record<string, string> = {
  'list.html': LIST,
  'list-workbench.html': 'https://work.1688.com/?_path_=/purchasemanagement/buyList',
  'list-broken.html': LIST,
  'list-old.html': `${LIST}?oldBuyerOrderList=y`,
  'detail-old-shipped.html': `${OLD_DETAIL}3900000000000000201`,
  'detail-old-awaiting-payment.html': `${OLD_DETAIL}3900000000000000204`,
  'detail-old-refunding.html': `${OLD_DETAIL}3900000000000000104`,
  'detail-new-shipped.html': `${NEW_DETAIL}3900000000000000103`,
  'detail-new-awaiting-payment.html': `${NEW_DETAIL}3900000000000000101`,
  'refund-requested.html': `${REFUND}TK7000000000000701`,
  'refund-timeout.html': `${REFUND}TK7000000000000702`,
  'refund-refused.html': `${REFUND}TK7000000000000703`,
  'refund-return-awaiting-buyer.html': `${REFUND}TK7000000000000704`,
  'refund-return-shipped.html': `${REFUND}TK7000000000000705`,
  'refund-success.html': `${REFUND}TK7000000000000706`,
  'refund-closed.html': `${REFUND}TK7000000000000707`,
  'refund-platform.html': `${REFUND}TK7000000000000708`,
  'list-translated.html': LIST,
  'anti-bot.html': LIST,
};

describe('readPage on 1688', () => {
  it('has an address for every fixture', () => {
    expect(readdirSync(resolve(HERE, '../../fixtures/1688')).sort()).toEqual(Object.keys(FIXTURE_URLS).sort());
  });

  const ORDER_PAGES = Object.entries(FIXTURE_URLS).filter(([f]) => f !== 'anti-bot.html');
  it.each(ORDER_PAGES)('reads %s into a reading the worker accepts', (fixture, url) => {
    const reading = readPage(url, loadShadowFixture(`1688/${fixture}`), NOW);
    expect(PageReading.safeParse(reading).success).toBe(true);
    expect(reading?.orders.length).toBeGreaterThan(0);
    expect(reading?.orders.every((o) => o.marketplace === '1688')).toBe(true);
  });

  it('returns null for the rate-limit slider, whatever address it is served at', () => {
    const wall = loadShadowFixture('1688/anti-bot.html');
    for (const url of [LIST, `${OLD_DETAIL}3900000000000000201`, `${NEW_DETAIL}3900000000000000103`, `${REFUND}TK7000000000000701`]) {
      expect(readPage(url, wall, NOW)).toBeNull();
    }
  });

  it('returns null for the rate-limit frame on an order page, and for pages that are no order page', () => {
    const doc = loadShadowFixture('1688/list.html');
    // An element built by DOM calls: happy-dom would try to load a frame parsed from markup.
    const frame = doc.createElement('div');
    frame.id = 'nc_1_wrapper';
    doc.body.append(frame);
    expect(readPage(LIST, doc, NOW)).toBeNull();
    expect(readPage('https://detail.1688.com/offer/700000000101.html', loadShadowFixture('1688/list.html'), NOW)).toBeNull();
    expect(readPage('https://trade.1688.com/_____tmd_____/punish?x5secdata=invented', loadShadowFixture('1688/list.html'), NOW)).toBeNull();
  });

  it('keeps reading after an order whose reading throws', () => {
    const doc = loadShadowFixture('1688/list.html');
    const items = doc.querySelector('app-root')!.shadowRoot!.querySelector('order-list')!.shadowRoot!.querySelectorAll('order-item');
    const shadow = items[1]!.shadowRoot!;
    const query = shadow.querySelectorAll.bind(shadow);
    let calls = 0;
    // The first walk finds the items; every later one, reading the second item, breaks.
    vi.spyOn(shadow, 'querySelectorAll').mockImplementation((selector: string) => {
      if (calls++ > 0) throw new Error('boom');
      return query(selector);
    });
    const reading = readPage(LIST, doc, NOW);
    expect(reading?.orders.map((o) => o.orderId)).not.toContain('3900000000000000102');
    expect(reading?.orders).toHaveLength(7);
    expect(reading?.problems).toEqual(['1688 list: order #2 could not be read']);
  });

  it('never throws: a page that breaks every query is one problem, no order', () => {
    const doc = loadShadowFixture('1688/detail-old-shipped.html');
    vi.spyOn(doc, 'querySelectorAll').mockImplementation(() => { throw new Error('boom'); });
    const url = `${OLD_DETAIL}3900000000000000201`;
    expect(readPage(url, doc, NOW)).toEqual({ marketplace: '1688', kind: 'order-detail', url, orders: [], problems: ['1688: page could not be read'] });
  });
});

describe('1688 vocabulary', () => {
  it('knows every order status word and enum of pages.md and rules.md', () => {
    expect(['等待买家付款', '等待卖家发货', '等待买家收货', '已签收', '已收货', '交易成功', '交易取消', '交易终止'].map(orderStageOf)).toEqual([
      'awaiting-payment', 'awaiting-shipment', 'shipped', 'delivered', 'completed', 'completed', 'closed', 'closed',
    ]);
    expect(['waitbuyerpay', 'waitsellersend', 'waitbuyerreceive', 'confirm_goods', 'success', 'cancel', 'terminated', 'WAITBUYERPAY'].map(enumStageOf)).toEqual([
      'awaiting-payment', 'awaiting-shipment', 'shipped', 'completed', 'completed', 'closed', 'closed', 'awaiting-payment',
    ]);
  });

  it('knows every refund state word', () => {
    expect(['等待卖家同意', '待买家修改', '等待买家退货', '等待卖家确认收货', '退款成功', '退款关闭', '平台介入'].map(refundStageOf)).toEqual([
      'refund-requested', 'refund-refused', 'return-awaiting-buyer', 'return-shipped', 'refunded', 'closed', 'dispute-open',
    ]);
  });

  it('reads a status after its label, and nothing that merely contains a status', () => {
    expect(orderStageOf('当前订单状态：等待买家收货')).toBe('shipped');
    expect(refundStageOf('退款状态: 退款成功')).toBe('refunded');
    expect(orderStageOf('卖家已发货，等待买家收货')).toBeNull();
    expect(orderStageOf('等待卖家确认收货')).toBeNull(); // a refund state, not the order's
    expect(enumStageOf('waitbuyerreceive2')).toBeNull();
  });

  it('reads yuan amounts, whichever sign or unit the page uses', () => {
    expect(['¥68.00', '￥1,250.00', '¥ 3,600', '合计：89.90元', '（含运费¥8.00）', '面议', '¥12345.678'].map(cnyIn)).toEqual([
      { amount: '68.00', currency: 'CNY' }, { amount: '1250.00', currency: 'CNY' }, { amount: '3600', currency: 'CNY' },
      { amount: '89.90', currency: 'CNY' }, { amount: '8.00', currency: 'CNY' }, null, null,
    ]);
  });
});
