// Hand-tracked orders' key prefix and the Cainiao checklist, with no zod: the popup needs only these.
export const MANUAL_PREFIX = 'manual:';

/** The Cainiao refusal checklist from the Cainiao buyer guide, in its order. */
export const CHECKLIST_IDS = ['agree-seller', 'request-refund', 'bring-items', 'check-form', 'watch-refund', 'ask-service'] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];
