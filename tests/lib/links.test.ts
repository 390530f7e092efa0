import { describe, expect, it } from 'vitest';
import { ORDER_HOSTS, safeOrderLink } from '../../src/lib/links';

describe('order links', () => {
  it.each([
    // Short-link and redirect hosts send the buyer wherever their owner likes.
    'https://xhslink.com/a/Ab1',
    'https://s.click.taobao.com/t?e=x',
    'https://s.click.aliexpress.com/e/_abc',
    'https://click.aliexpress.com/e/_abc',
    'https://m.tb.cn/h.abc',
    // Sellers' shops and other subdomains anyone can get.
    'https://shop100000002.taobao.com/',
    'https://shop-sample-201.1688.com/page/index.htm',
    'https://sale.aliexpress.com/__pc/order.htm',
    'https://evil.kuaishou.com/order/1',
    // Ports and user names.
    'https://www.aliexpress.com:8443/p/order/detail.html?orderId=1',
    'https://trade.taobao.com:444/trade/detail/trade_order_detail.htm?biz_order_id=1',
    'https://user:pw@trade.1688.com/order/new_step_order_detail.htm?orderId=1',
    'https://trade.1688.com.evil.example/order/new_step_order_detail.htm',
  ])('refuses %s', (href) => {
    expect(safeOrderLink(href)).toBeNull();
  });

  it.each([
    ['https://pl.aliexpress.com/p/order/detail.html?orderId=1', 'aliexpress'],
    ['https://aliexpress.ru/p/order/detail.html?orderId=1', 'aliexpress'],
    ['https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=1', 'taobao'],
    ['https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=1', 'tmall'],
    ['https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=1', '1688'],
    ['https://www.xiaohongshu.com/order/1', 'xiaohongshu'],
  ] as const)('keeps %s for a %s order', (href, marketplace) => {
    expect(safeOrderLink(href, marketplace)).toBe(href);
  });

  it('keeps a link only on its own marketplace’s hosts', () => {
    expect(safeOrderLink('https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=1', 'aliexpress')).toBeNull();
    expect(safeOrderLink('https://www.aliexpress.com/p/order/detail.html?orderId=1', '1688')).toBeNull();
  });

  it('names hosts exactly, never a pattern', () => {
    for (const host of Object.values(ORDER_HOSTS).flat()) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });
});
