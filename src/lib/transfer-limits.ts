// Constants of the export file and the import messages, kept free of zod so the options page can use
// them without loading schemas it never runs (the worker validates).
export const EXPORT_FORMAT = 'buyer-clock-export';
/** Imports travel in batches, each far below the router's size limit. */
export const IMPORT_BATCH = 100;
/** The largest import file, in bytes, and the most items (orders and hand-tracked ones) it may hold. */
export const MAX_IMPORT_MB = 10;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 10_000;
