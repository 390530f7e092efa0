import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import type { OrderSnapshot } from '../../../src/rules/model';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2026-11-10T04:00:00Z'); // 12:00 in Beijing
const tb = (id: string) => `https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=${id}`;
const tm = (id: string) => `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${id}`;
const cny = (amount: string) => ({ amount, currency: 'CNY' });

function readOne(fixture: string, url: string, now = NOW) {
  const reading = readPage(url, loadFixture(`taobao/${fixture}`), now);
  expect(reading?.kind).toBe('order-detail');
  expect(reading?.orders).toHaveLength(1);
  return { order: reading?.orders[0], problems: reading?.problems };
}

describe('Taobao order detail', () => {
  it('reads a shipped order: timeline, the 2 d 4 h auto-confirm countdown, buttons', () => {
    const url = tb('4187000000000001105');
    expect(readOne('detail-shipped-2d4h.html', url)).toEqual({
      order: {
        marketplace: 'taobao',
        orderId: '4187000000000001105',
        stage: 'shipped',
        statusText: '卖家已发货，等待买家确认收货',
        events: {
          placedAt: '2026-11-01T09:31:05+08:00',
          paidAt: '2026-11-01T09:31:40+08:00',
          shippedAt: '2026-11-02T16:20:11+08:00',
        },
        // now + 187200 s
        pageClocks: [{ clock: 'auto-confirm', endsAt: '2026-11-12T16:00:00+08:00', text: '您还有 2天4时0分0秒 来完成本次交易的"确认收货"操作' }],
        buttons: ['确认收货', '延长收货时间', '查看物流', '申请退款'],
        title: '示例家居 纯棉毛巾 "加厚" 4条装',
        total: cny('59.00'),
        url,
        noReasonReturn: true,
      } satisfies OrderSnapshot,
      problems: [],
    });
  });

  it('reads the 9 d 10 h countdown', () => {
    const { order } = readOne('detail-shipped-9d10h.html', tb('4187000000000001110'));
    expect(order?.pageClocks).toEqual([{ clock: 'auto-confirm', endsAt: '2026-11-19T22:00:00+08:00', text: '您还有 9天10时0分0秒 来完成本次交易的"确认收货"操作' }]);
    expect(order?.stage).toBe('shipped');
  });

  it('reads an order in refund (detailExtra.inRefund) as refund-requested', () => {
    const url = tb('4187000000000001106');
    expect(readOne('detail-refund.html', url)).toEqual({
      order: {
        marketplace: 'taobao',
        orderId: '4187000000000001106',
        stage: 'refund-requested',
        statusText: '卖家已发货，等待买家确认收货',
        events: {
          placedAt: '2026-11-03T20:10:00+08:00',
          paidAt: '2026-11-03T20:10:31+08:00',
          shippedAt: '2026-11-04T11:02:45+08:00',
        },
        pageClocks: [],
        // The guide line "退款申请处理中，收货确认时间暂停计时。": the page stops the time to confirm receipt.
        paused: [{ clock: 'auto-confirm', text: '收货确认时间暂停计时' }],
        buttons: ['查看退款'],
        title: '示例婴儿 保温杯 350ml',
        total: cny('88.80'),
        url,
        noReasonReturn: true,
      } satisfies OrderSnapshot,
      problems: [],
    });
  });

  it('reads a completed order with its confirmation time', () => {
    const url = tb('4187000000000001111');
    expect(readOne('detail-completed.html', url).order).toEqual({
      marketplace: 'taobao',
      orderId: '4187000000000001111',
      stage: 'completed',
      statusText: '交易成功',
      events: {
        placedAt: '2026-10-20T13:05:59+08:00',
        paidAt: '2026-10-20T13:06:20+08:00',
        shippedAt: '2026-10-21T09:15:00+08:00',
        receivedAt: '2026-10-24T19:40:03+08:00',
      },
      pageClocks: [],
      buttons: ['申请售后', '评价'],
      title: '示例坚果 每日混合 25g×10袋',
      total: cny('19.90'),
      url,
      noReasonReturn: true,
    } satisfies OrderSnapshot);
  });

  it('refuses a page that shows another order than its address', () => {
    const reading = readPage(tb('4187000000000009999'), loadFixture('taobao/detail-shipped-2d4h.html'), NOW);
    expect(reading?.orders).toEqual([]);
    expect(reading?.problems).toEqual(['taobao detail: page shows another order than its address']);
  });

  it('says so when the page has no data blob', () => {
    const doc = new DOMParser().parseFromString('<html><body><p>交易详情</p></body></html>', 'text/html');
    expect(readPage(tb('4187000000000001105'), doc, NOW)).toEqual({
      marketplace: 'taobao', kind: 'order-detail', url: tb('4187000000000001105'), orders: [], problems: ['taobao detail: no order data found'],
    });
  });
});

describe('Tmall order detail', () => {
  it('reads a shipped order: countdown from targetTime − serverTime, price protection, never the address', () => {
    const url = tm('4187000000000004803');
    const { order, problems } = readOne('tmall-shipped.html', url);
    expect(order).toEqual({
      marketplace: 'tmall',
      orderId: '4187000000000004803',
      stage: 'shipped',
      statusText: '商家已发货，等待买家确认',
      events: {
        placedAt: '2026-11-07T14:42:42+08:00',
        paidAt: '2026-11-07T14:42:51+08:00',
        shippedAt: '2026-11-07T15:34:47+08:00',
      },
      pageClocks: [
        // now + (targetTime − serverTime) = now + 6 d 0 h 39 min 14.613 s
        { clock: 'auto-confirm', endsAt: '2026-11-16T12:39:14+08:00', text: '您还有 6天0时39分14秒 ;来确认收货,超时订单自动确认收货' },
        { clock: 'price-protection', endsAt: '2026-11-29T23:59:59+08:00', text: '价保期 2026-11-07 14:42:51 到 2026-11-29 23:59:59' },
      ],
      buttons: ['确认收货', '延长收货时间', '查看物流'],
      title: '示例 电动牙刷 声波 黑色',
      total: cny('199.00'),
      url,
      noReasonReturn: true,
    } satisfies OrderSnapshot);
    expect(problems).toEqual([]);
    expect(JSON.stringify(order)).not.toMatch(/示例路|13800000000/);
  });

  it('is not moved by a wrong computer clock: the same page read a day later ends a day later', () => {
    const later = new Date(NOW.getTime() + 86_400_000);
    const { order } = readOne('tmall-shipped.html', tm('4187000000000004803'), later);
    expect(order?.pageClocks[0]?.endsAt).toBe('2026-11-17T12:39:14+08:00');
  });

  it('takes the order id from the 订单编号 text, not the rounded orders.id, when the address has none', () => {
    const { order } = readOne('tmall-shipped.html', 'https://trade.tmall.com/detail/orderDetail.htm?spm=a1z09.2.0.0');
    expect(order?.orderId).toBe('4187000000000004803');
  });

  it('reads an order in refund', () => {
    const url = tm('4187000000000004804');
    expect(readOne('tmall-refund.html', url)).toEqual({
      order: {
        marketplace: 'tmall',
        orderId: '4187000000000004804',
        stage: 'refund-requested',
        statusText: '退款中',
        events: {
          placedAt: '2026-11-02T10:00:00+08:00',
          paidAt: '2026-11-02T10:00:09+08:00',
          shippedAt: '2026-11-03T09:30:00+08:00',
        },
        pageClocks: [],
        paused: [{ clock: 'auto-confirm', text: '收货确认时间暂停计时' }],
        buttons: ['查看退款'],
        title: '示例 羊毛围巾 灰色',
        total: cny('66.60'),
        url,
        noReasonReturn: true,
      } satisfies OrderSnapshot,
      problems: [],
    });
  });

  it('reads a completed order', () => {
    const url = tm('4187000000000004805');
    expect(readOne('tmall-completed.html', url).order).toEqual({
      marketplace: 'tmall',
      orderId: '4187000000000004805',
      stage: 'completed',
      statusText: '交易成功',
      events: {
        placedAt: '2026-10-01T20:00:00+08:00',
        paidAt: '2026-10-01T20:00:30+08:00',
        shippedAt: '2026-10-02T12:00:00+08:00',
        receivedAt: '2026-10-05T18:30:00+08:00',
      },
      pageClocks: [{ clock: 'price-protection', endsAt: '2026-10-31T23:59:59+08:00', text: '价保期 2026-10-01 20:00:30 到 2026-10-31 23:59:59' }],
      buttons: ['申请售后', '追加评论'],
      title: '示例 空气净化器 家用',
      total: cny('1299.00'),
      url,
      noReasonReturn: true,
    } satisfies OrderSnapshot);
  });

  it('refuses a page that shows another order than its address', () => {
    const reading = readPage(tm('4187000000000009999'), loadFixture('taobao/tmall-shipped.html'), NOW);
    expect(reading?.orders).toEqual([]);
    expect(reading?.problems).toEqual(['tmall detail: page shows another order than its address']);
  });
});
