export type SizedFile = { file: string; raw: number; gzip: number };
export type SizedGroup = { files: SizedFile[]; raw: number; gzip: number };
export type ContentScriptSize = {
  js: string[];
  marketplaces: string[];
  runAt: string;
  firstChunk: SizedGroup;
  orderPageAdds: SizedGroup;
  branches: (SizedGroup & { entry: string; kind: 'view' | 'readers' })[];
  orderPage: SizedGroup;
  /** The heaviest readers with the chips' view: what a list page loads. Null without a chips view. */
  listPage: SizedGroup | null;
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
export declare function branchKind(file: string): 'view' | 'readers';
export declare function measureBuild(dist: string): BuildSize;
export declare function budgetRows(measure: BuildSize): BudgetRow[];
