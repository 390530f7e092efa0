// The evidence a buyer can tick off. Apart from storage.ts (which re-exports it) so the sidebar can list
// the ids without pulling the store's zod schemas into every order page.

import type { MARKETPLACES } from '../rules/vocabulary';

type Marketplace = (typeof MARKETPLACES)[number];

/** What the buyer keeps as evidence while a refund or dispute is open: the guides' lists (video and proof of purchase, 购物凭证, from the Kuaishou and Cainiao guides). */
export const EVIDENCE_IDS = ['screenshots', 'chat', 'photos', 'video', 'tracking', 'proof-of-purchase'] as const;
export type EvidenceId = (typeof EVIDENCE_IDS)[number];

/**
 * What each guide names to keep, for orders tracked by hand: Kuaishou's chat records, photos, video,
 * 物流单号 and 购物凭证; Xiaohongshu's refusal tracking and photos of the goods (拒收的物流信息、商品照片);
 * the Cainiao guide's chat or call record, tracking number and proof of purchase; 1688's order
 * screenshots, chat records and photos (订单截图、聊天记录、商品照片). The marketplaces read off pages list
 * everything, as their read orders do.
 */
export const EVIDENCE_FOR: Readonly<Record<Marketplace, readonly EvidenceId[]>> = {
  kuaishou: ['chat', 'photos', 'video', 'tracking', 'proof-of-purchase'],
  xiaohongshu: ['photos', 'tracking'],
  cainiao: ['chat', 'tracking', 'proof-of-purchase'],
  '1688': ['screenshots', 'chat', 'photos'],
  aliexpress: EVIDENCE_IDS, taobao: EVIDENCE_IDS, tmall: EVIDENCE_IDS,
};
