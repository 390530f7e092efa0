import { describe, expect, it } from 'vitest';
import { noReasonReturnIn } from '../../../src/marketplaces/taobao/service-marks';

const item = (...titles: string[]) => ({ itemInfo: { title: '示例商品', serviceIcons: titles.map((title) => ({ title, type: 3 })) } });

describe('the 七天退换 mark', () => {
  it('is there when any item carries it, in any of its spellings', () => {
    expect(noReasonReturnIn([item('极速退款'), item('七天退换', '价保')])).toBe(true);
    expect(noReasonReturnIn([item('7天无理由退货')])).toBe(true);
    expect(noReasonReturnIn({ orders: { list: [{ serviceIcons: [{ title: '七天无理由退换' }] }] } })).toBe(true);
  });

  it('is known to be missing when the page lists the items\' marks without it, even an empty list', () => {
    expect(noReasonReturnIn([item('价保', '极速退款')])).toBe(false);
    expect(noReasonReturnIn([item()])).toBe(false);
    // "15天" is a longer right, not this one; "七天" alone is no mark.
    expect(noReasonReturnIn([item('15天无理由退货', '七天')])).toBe(false);
  });

  it('is not known when the page lists no marks at all', () => {
    expect(noReasonReturnIn([{ itemInfo: { title: '示例商品' } }])).toBeNull();
    expect(noReasonReturnIn(null)).toBeNull();
  });
});
