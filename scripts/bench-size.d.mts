export type SizedFile = { file: string; raw: number; gzip: number };
export type SizedGroup = { files: SizedFile[]; raw: number; gzip: number };
export type ContentScriptSize = {
  js: string[];
  marketplaces: string[];
  runAt: string;
  /** The manifest's content scripts: what runs on every matched page. */
  firstChunk: SizedGroup;
  /** Every file of page code the worker can inject (content/<name>.js). */
  pageCode: (SizedGroup & { file: string; kind: 'list' | 'order' })[];
  /** The content scripts and the heaviest page code with the sidebar; null without any. */
  orderPage: (SizedGroup & { pageCode: string }) | null;
  /** The content scripts and the heaviest list page code (chips); null without any. */
  listPage: (SizedGroup & { pageCode: string }) | null;
};
export type BuildSize = {
  dist: string;
  contentScripts: ContentScriptSize[];
  worker: SizedGroup;
  pages: Record<string, SizedGroup & { html: string }>;
};
export type BudgetRow = { name: string; gzip: number; raw: number; budget: number };
export declare const BUDGETS: { firstChunk: number; orderPage: number; worker: number; extensionPage: number };
export declare const CEILINGS: { firstChunk: number; orderPage: number; listPage: number; worker: number };
export declare function marketplaceOf(pattern: string): string;
export declare const PAGE_CODE_DIR: string;
export declare function pageCodeKind(file: string): 'list' | 'order';
export declare function measureBuild(dist: string): BuildSize;
export declare function budgetRows(measure: BuildSize): BudgetRow[];
