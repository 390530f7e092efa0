export const LANGUAGES: string[];
export const STORES: string[];
export function listing(root: string, store: string, lang: string): { name: string; short: string; description: string };
export function listingMarkdown(root: string, store: string, lang: string, version: string): string;
