// The order page's own "paused": while a refund is open, Taobao and Tmall print "收货确认时间暂停计时"
// where the auto-confirm countdown was. The readers report it, in Chinese and through the browser's
// translation (Chrome's <font> pairs, Firefox's in-place text), and never where a countdown runs.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { pauseIn, pauseOnPage } from '../../../src/marketplaces/common/paused';
import { untranslator } from '../../../src/marketplaces/common/translated';
import { PAUSE_TRANSLATED } from '../../../src/marketplaces/taobao/translated-pause';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2026-11-10T04:00:00Z');
const taobaoWordOf = untranslator(PAUSE_TRANSLATED);
const TB_1106 = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001106';
const TM_4804 = 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004804';

const read = (url: string, doc: Document) => {
  const reading = readPage(url, doc, NOW)!;
  expect(reading.orders).toHaveLength(1);
  return { order: reading.orders[0]!, problems: reading.problems };
};

/** The page with its inline data's own words of the stop taken out: only the page's text says it. */
function withoutDataWords(fixture: string): Document {
  const doc = loadFixture(fixture);
  for (const script of doc.querySelectorAll('script')) {
    script.textContent = (script.textContent ?? '')
      .replace(/收\\u8d27确\\u8ba4时\\u95f4暂\\u505c计\\u65f6/g, '')
      .replace(/退款处理中，收货确认时间暂停计时/g, '');
  }
  return doc;
}

describe('the reader kit: a stop said in words', () => {
  it('finds the clause that says it, in Chinese, and a table-known translation of it', () => {
    expect(pauseIn('退款申请处理中，收货确认时间暂停计时。', taobaoWordOf)).toEqual({ text: '收货确认时间暂停计时', words: '收货确认时间暂停计时' });
    expect(pauseIn('The refund application is being processed, and the receipt confirmation time is suspended.', taobaoWordOf))
      .toEqual({ text: 'the receipt confirmation time is suspended', words: '收货确认时间暂停计时' });
    expect(pauseIn('Refund in progress, Receipt confirmation time paused', taobaoWordOf)?.words).toBe('收货确认时间暂停计时');
  });

  it('says nothing of texts that do not say a count stopped', () => {
    for (const text of ['您还有 2天4时0分0秒 来完成本次交易的"确认收货"操作', '退款申请处理中', 'The refund is being processed', 'Time paused for lunch']) {
      expect(pauseIn(text, taobaoWordOf), text).toBeNull();
    }
  });

  it('reads the line off a page translated by Chrome (font pairs) and by Firefox (text in place)', () => {
    const chrome = loadFixture('taobao/detail-refund-translated.html');
    expect(chrome.documentElement.classList.contains('translated-ltr')).toBe(true);
    expect(pauseOnPage(chrome.body, taobaoWordOf)?.words).toBe('收货确认时间暂停计时');
    expect(pauseOnPage(loadFixture('taobao/tmall-refund-translated.html').body, taobaoWordOf)?.text).toBe('receipt confirmation time paused');
    expect(pauseOnPage(loadFixture('taobao/detail-shipped-2d4h.html').body, taobaoWordOf)).toBeNull();
  });
});

describe('Taobao and Tmall order pages in refund', () => {
  it('Taobao: reports the auto-confirm clock paused, quoting the page', () => {
    const { order, problems } = read(TB_1106, loadFixture('taobao/detail-refund.html'));
    expect(order.paused).toEqual([{ clock: 'auto-confirm', text: '收货确认时间暂停计时' }]);
    expect(order.pageClocks).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('Taobao translated by Chrome: the same stop, from the untouched inline data', () => {
    const { order } = read(`${TB_1106}&translated=1`, loadFixture('taobao/detail-refund-translated.html'));
    expect(order.paused).toEqual([{ clock: 'auto-confirm', text: '收货确认时间暂停计时' }]);
  });

  it('Taobao translated by Chrome, the words only in the page\'s text: read through the table, quoting the page as shown', () => {
    const { order } = read(TB_1106, withoutDataWords('taobao/detail-refund-translated.html'));
    expect(order.paused).toEqual([{ clock: 'auto-confirm', text: 'the receipt confirmation time is suspended' }]);
  });

  it('Tmall, in Chinese and translated by Firefox', () => {
    expect(read(TM_4804, loadFixture('taobao/tmall-refund.html')).order.paused).toEqual([{ clock: 'auto-confirm', text: '收货确认时间暂停计时' }]);
    expect(read(TM_4804, loadFixture('taobao/tmall-refund-translated.html')).order.paused)
      .toEqual([{ clock: 'auto-confirm', text: '收货确认时间暂停计时' }]);
    expect(read(TM_4804, withoutDataWords('taobao/tmall-refund-translated.html')).order.paused)
      .toEqual([{ clock: 'auto-confirm', text: 'receipt confirmation time paused' }]);
  });

  it('reports no stop on a page whose countdown runs', () => {
    const { order } = read('https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105', loadFixture('taobao/detail-shipped-2d4h.html'));
    expect(order.pageClocks.map((c) => c.clock)).toEqual(['auto-confirm']);
    expect(order.paused).toBeUndefined();
  });
});
