// The evidence a buyer can tick off. Apart from storage.ts (which re-exports it) so the sidebar can list
// the ids without pulling the store's zod schemas into every order page.

/** What the buyer keeps as evidence while a refund or dispute is open: the guides' lists (video and proof of purchase, 购物凭证, from the Kuaishou and Cainiao guides). */
export const EVIDENCE_IDS = ['screenshots', 'chat', 'photos', 'video', 'tracking', 'proof-of-purchase'] as const;
export type EvidenceId = (typeof EVIDENCE_IDS)[number];
