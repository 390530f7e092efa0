import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import type { EventName, OrderSnapshot, PageClock, Stage } from '../../../src/rules/model';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2026-11-22T04:00:00Z'); // 12:00 in Beijing
const REFUND = 'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=';

type Case = {
  file: string; refundId: string; orderId: string; stage: Stage; statusText: string;
  events: Partial<Record<EventName, string>>; clock?: PageClock; buttons: string[]; title: string;
};

const CASES: Case[] = [
  { file: 'refund-requested', refundId: 'TK7000000000000701', orderId: '3900000000000000104', stage: 'refund-requested', statusText: '等待卖家同意',
    events: { refundRequestedAt: '2026-11-22T10:48:15+08:00' },
    clock: { clock: 'refund-response', endsAt: '2026-11-27T10:48:00+08:00', text: '剩余4天22小时48分，卖家超时未处理，您可申请平台介入。' },
    buttons: ['修改申请', '撤销申请'], title: 'LED低压灯带 5米 暖白光' },
  { file: 'refund-timeout', refundId: 'TK7000000000000702', orderId: '3900000000000000302', stage: 'refund-requested', statusText: '等待卖家同意',
    events: { refundRequestedAt: '2026-11-14T10:12:30+08:00' },
    clock: { clock: 'refund-response', endsAt: '2026-11-19T10:12:30+08:00', text: '卖家已超时未处理（处理截止时间：2026-11-19 10:12:30），您可申请平台介入。' },
    buttons: ['申请平台介入', '修改申请'], title: '不锈钢水槽 单槽 60×45cm' },
  { file: 'refund-refused', refundId: 'TK7000000000000703', orderId: '3900000000000000303', stage: 'refund-refused', statusText: '待买家修改',
    events: { refundRequestedAt: '2026-11-18T09:30:00+08:00', refundRefusedAt: '2026-11-21T20:05:00+08:00' },
    clock: { clock: 'revise', endsAt: '2026-11-26T20:05:00+08:00', text: '请修改退款申请，剩余4天8小时5分，超时未修改，退款申请将自动关闭。' },
    buttons: ['修改申请', '申请平台介入'], title: '实木托盘 1.2×1.0米 10个' },
  { file: 'refund-return-awaiting-buyer', refundId: 'TK7000000000000704', orderId: '3900000000000000304', stage: 'return-awaiting-buyer', statusText: '等待买家退货',
    events: { refundRequestedAt: '2026-11-15T13:00:00+08:00', returnAgreedAt: '2026-11-20T09:00:00+08:00' },
    clock: { clock: 'return-shipping', endsAt: '2026-11-27T09:00:00+08:00', text: '卖家已同意退货，请在还剩4天21小时内寄回货物并填写退货物流，超时未填写，退款申请将自动关闭。' },
    buttons: ['填写退货物流', '撤销申请'], title: '不锈钢保温杯 500ml 50个' },
  { file: 'refund-return-shipped', refundId: 'TK7000000000000705', orderId: '3900000000000000305', stage: 'return-shipped', statusText: '等待卖家确认收货',
    events: { refundRequestedAt: '2026-11-05T11:20:00+08:00', returnAgreedAt: '2026-11-07T14:00:00+08:00', returnShippedAt: '2026-11-14T15:30:00+08:00' },
    clock: { clock: 'return-confirm', endsAt: '2026-11-24T15:30:00+08:00', text: '剩余2天3小时30分，卖家超时未处理，您可申请平台介入。' },
    buttons: ['查看退货物流'], title: '折叠购物车 铝合金 10台' },
  { file: 'refund-success', refundId: 'TK7000000000000706', orderId: '3900000000000000306', stage: 'refunded', statusText: '退款成功',
    events: { refundRequestedAt: '2026-11-10T08:00:00+08:00' }, buttons: [], title: 'LED筒灯 5W 20个' },
  { file: 'refund-closed', refundId: 'TK7000000000000707', orderId: '3900000000000000307', stage: 'closed', statusText: '退款关闭',
    events: { refundRequestedAt: '2026-11-12T16:00:00+08:00', closedAt: '2026-11-13T09:10:00+08:00' }, buttons: ['重新申请'], title: 'PVC水管 20mm 4米 50根' },
  { file: 'refund-platform', refundId: 'TK7000000000000708', orderId: '3900000000000000308', stage: 'dispute-open', statusText: '平台介入中',
    events: { refundRequestedAt: '2026-11-08T10:00:00+08:00', refundRefusedAt: '2026-11-10T18:00:00+08:00', disputeOpenedAt: '2026-11-12T09:30:00+08:00' },
    buttons: ['上传凭证', '查看介入详情'], title: '无线扫码枪 10把' },
];

describe('1688 refund and after-sales pages (dispute.1688.com), read by their words', () => {
  it.each(CASES)('$file: $statusText → $stage', (c) => {
    const url = REFUND + c.refundId;
    const expected: OrderSnapshot = {
      marketplace: '1688', orderId: c.orderId, stage: c.stage, statusText: c.statusText, events: c.events,
      pageClocks: c.clock ? [c.clock] : [], buttons: c.buttons, title: c.title, url,
    };
    expect(readPage(url, loadFixture(`1688/${c.file}.html`), NOW)).toEqual({
      marketplace: '1688', kind: 'refund', url, orders: [expected], problems: [],
    });
  });

  it('finds the state by its words when the heading is gone, and the order by the address when the label is', () => {
    const doc = loadFixture('1688/refund-refused.html');
    doc.querySelector('.refund-status-title')!.remove();
    const tip = doc.createElement('strong');
    tip.textContent = '待买家修改';
    doc.querySelector('.refund-actions')!.before(tip);
    doc.querySelectorAll('.info-row').forEach((row) => row.textContent?.includes('订单编号') && row.remove());
    const url = 'https://dispute.1688.com/refund/assureRefundDetail.htm?refundId=TK7000000000000703&orderId=3900000000000000303';
    const order = readPage(url, doc, NOW)?.orders[0];
    expect([order?.orderId, order?.stage, order?.statusText, order?.pageClocks[0]?.clock]).toEqual(['3900000000000000303', 'refund-refused', '待买家修改', 'revise']);
  });

  it('says so when there is no refund state or no order number, and files nothing', () => {
    const noState = loadFixture('1688/refund-requested.html');
    noState.querySelector('.refund-status-title')!.textContent = '退款详情';
    expect(readPage(`${REFUND}TK7000000000000701`, noState, NOW)?.orders.map((o) => [o.stage, o.statusText])).toEqual([['unknown', '退款详情']]);
    const noId = loadFixture('1688/refund-requested.html');
    noId.querySelectorAll('.info-row').forEach((row) => row.textContent?.includes('订单编号') && row.remove());
    expect(readPage(`${REFUND}TK7000000000000701`, noId, NOW)).toMatchObject({ orders: [], problems: ['1688 refund: no order id found'] });
  });
});
