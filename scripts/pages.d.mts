export declare const PAGES: Record<string, string>;
export declare const DEMO: string[];
export declare function pageFor(url: string, now?: number): string | null;
export declare const MARKETPLACE_HOST: RegExp;
