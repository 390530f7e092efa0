import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2026-11-10T04:00:00Z'); // 12:00 in Beijing
const apply = (id: string) => `https://refund2.taobao.com/dispute/applyRouter.htm?bizOrderId=${id}`;
const progress = (id: string) => `https://refund2.taobao.com/dispute/detail.htm?bizOrderId=${id}&disputeType=1`;

function readRefund(fixture: string, url: string) {
  const reading = readPage(url, loadFixture(`taobao/${fixture}`), NOW);
  expect(reading?.marketplace).toBe('taobao');
  expect(reading?.kind).toBe('refund');
  return reading!;
}

describe('refund pages', () => {
  it('reads a request waiting for the seller, its countdown as refund-response', () => {
    const url = apply('4187000000000001234');
    expect(readRefund('refund-requested.html', url)).toMatchObject({
      orders: [{
        marketplace: 'taobao',
        orderId: '4187000000000001234',
        stage: 'refund-requested',
        statusText: '买家已经申请退款，等待卖家同意',
        events: { refundRequestedAt: '2026-11-08T10:00:00+08:00' },
        pageClocks: [{ clock: 'refund-response', endsAt: '2026-11-14T11:59:00+08:00', text: '还剩3天23时59分' }],
        buttons: ['修改申请', '撤销申请'],
        url,
      }],
      problems: [],
    });
  });

  it.each([
    ['refund-refused.html', '4187000000000001105', 'refund-refused', '卖家拒绝退款',
      [{ clock: 'revise', endsAt: '2026-11-15T00:30:00+08:00', text: '还剩4天12时30分' }], ['修改申请', '申请淘宝介入'], '2026-11-05T09:00:00+08:00'],
    ['refund-return-awaiting.html', '4187000000000001106', 'return-awaiting-buyer', '卖家已经同意退款，等待买家退货',
      [{ clock: 'return-shipping', endsAt: '2026-11-17T08:00:00+08:00', text: '还剩6天20时' }], ['填写退货物流', '撤销申请'], '2026-11-08T20:00:00+08:00'],
    ['refund-return-shipped.html', '4187000000000001107', 'return-shipped', '买家已经退货，等待卖家确认收货',
      [{ clock: 'return-confirm', endsAt: '2026-11-20T11:10:00+08:00', text: '还剩9天23时10分' }], ['查看退货物流'], '2026-11-05T12:00:00+08:00'],
    ['refund-success.html', '4187000000000001108', 'refunded', '退款成功', [], [], '2026-10-15T08:10:00+08:00'],
    ['refund-closed.html', '4187000000000001109', 'closed', '退款关闭', [], ['再次申请'], '2026-10-03T10:00:00+08:00'],
  ] as const)('%s: %s is %s', (fixture, orderId, stage, statusText, pageClocks, buttons, requested) => {
    const url = progress(orderId);
    expect(readRefund(fixture, url)).toEqual({
      marketplace: 'taobao',
      kind: 'refund',
      url,
      orders: [{
        marketplace: 'taobao', orderId, stage, statusText, events: { refundRequestedAt: requested }, pageClocks, buttons, url,
      }],
      problems: [],
    });
  });

  it('reads the platform stepping in as dispute-open, and says its countdown is not mapped', () => {
    const reading = readRefund('refund-dispute.html', progress('4187000000000001112'));
    expect(reading.orders[0]).toMatchObject({ stage: 'dispute-open', statusText: '淘宝介入处理中', pageClocks: [], buttons: ['上传凭证'] });
    expect(reading.problems).toEqual(['order 4187…1112: countdown of unknown meaning in this refund state']);
  });

  it('takes the first state only: the history below repeats earlier ones', () => {
    // refund-refused.html's history holds "买家已经申请退款，等待卖家同意" after the headline.
    expect(readRefund('refund-refused.html', progress('4187000000000001105')).orders[0]?.stage).toBe('refund-refused');
  });

  it('refuses a page about another order than its address', () => {
    const reading = readRefund('refund-refused.html', progress('4187000000000009999'));
    expect(reading.orders).toEqual([]);
    expect(reading.problems).toEqual(['taobao refund: page shows another order than its address']);
  });

  it('reports a page with no refund state it knows', () => {
    const doc = new DOMParser().parseFromString('<html><body><h2>某个新的退款状态</h2><dl><dt>订单编号：</dt><dd>4187000000000001105</dd></dl></body></html>', 'text/html');
    const reading = readPage(progress('4187000000000001105'), doc, NOW);
    expect(reading?.orders).toEqual([]);
    expect(reading?.problems).toEqual(['order 4187…1105: no refund state found']);
  });
});
