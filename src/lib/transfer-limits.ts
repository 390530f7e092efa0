// Constants of the export file and the import messages, kept free of zod so the options page can use
// them without loading schemas it never runs (the worker validates).
export const EXPORT_FORMAT = 'buyer-clock-export';
/** Imports travel in batches, each far below the router's size limit. */
export const IMPORT_BATCH = 100;
