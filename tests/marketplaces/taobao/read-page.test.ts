// What every reader promises: never throw, never guess, say what it could not read.
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { PageReading } from '../../../src/rules/model';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2026-11-10T04:00:00Z');
const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
const DETAIL = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105';
const TMALL = 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803';
const REFUND = 'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001105&disputeType=1';
const html = (body: string, head = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
/** The old list's rendered order boxes, empty but for their data-id (the page's own id attribute). */
const boxes = (...ids: string[]) => `<div class="index-mod__order-container___1ur4-">${ids.map((id) => `<div data-id="${id}" class="bought-wrapper-mod__trade-order___2lrzV"></div>`).join('')}</div>`;
const blob = (json: unknown) => `<script>var data = JSON.parse('${JSON.stringify(json).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}');</script>`;

describe('Taobao/Tmall readPage', () => {
  const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/taobao');
  const URLS = [LIST, DETAIL, TMALL, REFUND];

  it.each(readdirSync(FIXTURES))('every reading of %s passes the worker\'s schema, whichever reader gets it', (file) => {
    for (const url of URLS) {
      const reading = readPage(url, loadFixture(`taobao/${file}`), NOW);
      expect(reading).not.toBeNull();
      expect(PageReading.safeParse(reading).success).toBe(true);
    }
  });

  it('reads an unknown status as unknown and says so, the enum helping when it can', () => {
    const order = (text: string, tradeStatus: string) => ({ id: '4187000000000003001', statusInfo: { text }, extra: { tradeStatus }, payInfo: { actualFee: '1.00' } });
    const data = blob({ mainOrders: [order('某个新状态', 'SOMETHING_NEW'), { ...order('另一个新状态', 'TRADE_FINISHED'), id: '4187000000000003002' }] });
    const reading = readPage(LIST, html(boxes('4187000000000003001', '4187000000000003002'), data), NOW);
    expect(reading?.orders.map((o) => [o.orderId, o.stage, o.statusText])).toEqual([
      ['4187000000000003001', 'unknown', '某个新状态'],
      ['4187000000000003002', 'completed', '另一个新状态'],
    ]);
    expect(reading?.problems).toEqual(['order 4187…3001: status not recognised']);
  });

  it('leaves out orders it cannot name, keeps the rest, and never throws on odd data', () => {
    const data = blob({ mainOrders: [null, 7, { id: 4187000000000003000 }, { id: '4187000000000003004', statusInfo: { text: '交易成功', operations: 'x' }, operations: [null, { text: 5 }], subOrders: {} }] });
    const reading = readPage(LIST, html(boxes('', '4187000000000003004'), data), NOW);
    expect(reading?.orders.map((o) => o.orderId)).toEqual(['4187000000000003004']);
    expect(reading?.problems).toEqual([
      'taobao old list: order #1 has no order id, left out',
      'order 4187…3004: total not found',
    ]);
  });

  it('reports no order the inline data names when the screen does not show it', () => {
    const data = blob({ mainOrders: [{ id: '4187000000000003005', statusInfo: { text: '交易成功' }, payInfo: { actualFee: '1.00' } }] });
    expect(readPage(LIST, html('', data), NOW)?.orders).toEqual([]);
    expect(readPage(LIST, html(boxes('4187000000000003005'), data), NOW)?.orders.map((o) => o.orderId)).toEqual(['4187000000000003005']);
  });

  it('gives orders: [] and a problem on a supported page with nothing readable', () => {
    expect(readPage(LIST, html('<p>没有订单</p>'), NOW)).toEqual({ marketplace: 'taobao', kind: 'order-list', url: LIST, orders: [], problems: ['taobao old list: no orders found'] });
    expect(readPage(LIST, html('<div id="__ultron_rootContainer_node"></div>'), NOW)?.problems).toEqual(['taobao new list: no orders found']);
    expect(readPage(TMALL, html('<script>var detailData = {broken;</script>'), NOW)?.problems).toEqual(['tmall detail: no order data found']);
    expect(readPage(DETAIL, html('', '<script>var data = JSON.parse(\'{\\"mainOrder\\":{}}\');</script>'), NOW)?.problems).toEqual(['taobao detail: no status found']);
  });

  it('stays quiet on a verification page', () => {
    expect(readPage(LIST, html('<div id="nc_1_wrapper"></div>'), NOW)).toBeNull();
    expect(readPage(DETAIL, html('<p>亲，请拖动下方滑块完成验证</p>'), NOW)).toBeNull();
  });

  it('reads no page that is not an order page', () => {
    expect(readPage('https://item.taobao.com/item.htm?id=1', loadFixture('taobao/list-old.html'), NOW)).toBeNull();
  });
});
