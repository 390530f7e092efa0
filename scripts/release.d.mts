export type ReleaseZips = { chrome: string; edge: string; firefox: string; sources: string };
export type LintFinding = { code: string; message: string; file?: string; ours: boolean };

export const ROOT: string;
export function version(): string;
export function buildEnv(): NodeJS.ProcessEnv;
export function releaseZips(version?: string): ReleaseZips;
export function unzipTo(zip: string, dir: string): string;
export function writeReleaseZips(): ReleaseZips;
export function rebuildFromSources(zips?: ReleaseZips, options?: { log?: (line: string) => void }): { firefox: string[]; chrome: string[] };
export function lintFirefoxZip(zip?: string): { errors: LintFinding[]; warnings: LintFinding[]; notices: LintFinding[] };
