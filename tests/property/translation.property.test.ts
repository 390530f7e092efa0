// Pages read through the browser's translation: whatever part of a page is translated, and however
// (Chrome's <font> pairs or Firefox's in-place text), a reader never throws, never reports an order
// its untranslated twin does not show, and never reads an order with a stage the twin does not have
// (it may leave a stage unknown, or leave an order out, and then says so).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/marketplaces';
import { TRANSLATED as ALIBABA1688 } from '../../src/marketplaces/alibaba1688/translated';
import { TRANSLATED as TAOBAO } from '../../src/marketplaces/taobao/translated';
import { PageReading } from '../../src/rules/model';
import { attachDeclarativeRoots } from '../support/declarative-shadow';
import { loadFixture } from '../marketplaces/load-fixture';
import { mutateInto, translateInto, translation, type Translation } from './mutate';

// Each case copies and reads a whole page in happy-dom (about 0.2 s): a few dozen per page, with a fixed seed.
const RUNS = 25;
const SEED = 20261204;
const NOW = new Date('2026-11-22T12:00:00Z');
const TAOBAO_LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';

const PAGES = [
  { url: TAOBAO_LIST, fixture: 'taobao/list-old.html', table: TAOBAO },
  { url: TAOBAO_LIST, fixture: 'taobao/list-old-dom.html', table: TAOBAO },
  { url: TAOBAO_LIST, fixture: 'taobao/list-new.html', table: TAOBAO },
  { url: TAOBAO_LIST, fixture: 'taobao/list-old-paged-translated.html', table: TAOBAO },
  { url: 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001106', fixture: 'taobao/detail-refund.html', table: TAOBAO },
  { url: 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803', fixture: 'taobao/tmall-shipped.html', table: TAOBAO },
  { url: 'https://trade.1688.com/order/buyer_order_list.htm', fixture: '1688/list.html', table: ALIBABA1688, shadow: true },
  { url: 'https://trade.1688.com/order/buyer_order_list.htm', fixture: '1688/list-old.html', table: ALIBABA1688 },
];

// One long-lived document for every case: happy-dom keeps each document it made alive.
const work = document.implementation.createHTMLDocument('translated');
const originals = new Map(PAGES.map((p) => [p.fixture, loadFixture(p.fixture)]));

/** A fresh copy of the page (its shadow roots attached as a browser would), translated by plan. */
function translated(page: (typeof PAGES)[number], plan: Translation[]): Document {
  work.documentElement.className = '';
  mutateInto(work, originals.get(page.fixture)!, [], page.shadow ? attachDeclarativeRoots : undefined);
  return translateInto(work, page.table, plan);
}

describe('readers on pages the browser translated', () => {
  it.each(PAGES)(`$fixture: no throw, no order or stage its untranslated twin lacks (${RUNS} cases)`, (page) => {
    const twin = readPage(page.url, translated(page, []), NOW)!;
    const twinStage = new Map(twin.orders.map((o) => [o.orderId, o.stage]));
    expect(twin.orders.length).toBeGreaterThan(0);
    fc.assert(fc.property(fc.array(translation, { minLength: 1, maxLength: 40 }), (plan) => {
      const reading = readPage(page.url, translated(page, plan), NOW);
      expect(reading).not.toBeNull();
      expect(PageReading.safeParse(reading).success).toBe(true);
      for (const order of reading!.orders) {
        expect(twinStage.has(order.orderId)).toBe(true);
        if (order.stage !== 'unknown') expect(order.stage).toBe(twinStage.get(order.orderId));
      }
    }), { numRuns: RUNS, seed: SEED });
  }, 120_000);

  it('reads every stage of a page whose every text is translated by the table', () => {
    const page = PAGES[1]!;
    const twin = readPage(page.url, translated(page, []), NOW)!;
    const all = readPage(page.url, translated(page, [{ how: 'wrap', english: 0 }]), NOW)!;
    expect(all.orders.map((o) => [o.orderId, o.stage])).toEqual(twin.orders.map((o) => [o.orderId, o.stage]));
  });
});
