// The evidence each guide names, as the list a hand-tracked order shows.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_FOR, EVIDENCE_IDS } from '../../src/lib/evidence';
import { MARKETPLACES } from '../../src/rules/vocabulary';

describe('the evidence to keep, per marketplace', () => {
  it('lists what each guide names', () => {
    // Kuaishou: 聊天记录, 照片, 视频, 物流单号, 购物凭证.
    expect(EVIDENCE_FOR.kuaishou).toEqual(['chat', 'photos', 'video', 'tracking', 'proof-of-purchase']);
    // Xiaohongshu: 拒收的物流信息、商品照片.
    expect(EVIDENCE_FOR.xiaohongshu).toEqual(['photos', 'tracking']);
    // Cainiao: the chat or call record with the seller, the tracking number, proof of purchase.
    expect(EVIDENCE_FOR.cainiao).toEqual(['chat', 'tracking', 'proof-of-purchase']);
    // 1688: 订单截图、聊天记录、商品照片.
    expect(EVIDENCE_FOR['1688']).toEqual(['screenshots', 'chat', 'photos']);
  });

  it('gives every marketplace a list, in the one order every list keeps', () => {
    for (const m of MARKETPLACES) {
      const list = EVIDENCE_FOR[m];
      expect(list.length, m).toBeGreaterThan(0);
      expect([...list].sort((a, b) => EVIDENCE_IDS.indexOf(a) - EVIDENCE_IDS.indexOf(b)), m).toEqual(list);
    }
    // Orders read off pages show every kind; so do their hand-tracked ones.
    expect(EVIDENCE_FOR.aliexpress).toEqual(EVIDENCE_IDS);
  });
});
