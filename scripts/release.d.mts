import type { ZipInput } from './zip.mjs';

export type ReleaseZips = { chrome: string; edge: string; firefox: string; sources: string };
export type LintFinding = { code: string; message: string; file?: string; ours: boolean };

export const ROOT: string;
export const RELEASE: string;
export function version(): string;
export function releaseZips(version?: string): ReleaseZips;
export function filesUnder(dir: string): ZipInput[];
export function unzipTo(zip: string, dir: string): string;
export function toolVersions(): { node: string; npm: string };
export const REBUILD: [string, string[]][];
export function buildMd(version: string, tools: { node: string; npm: string }): string;
export function sourceFiles(version: string, tools: { node: string; npm: string }): ZipInput[];
export function writeReleaseZips(): ReleaseZips;
export function differences(expected: { name: string; data: Buffer }[], actual: { name: string; data: Buffer }[]): string[];
export function rebuildFromSources(zips?: ReleaseZips, options?: { log?: (line: string) => void }): { firefox: string[]; chrome: string[] };
export function lintFirefoxZip(zip?: string): { errors: LintFinding[]; warnings: LintFinding[]; notices: LintFinding[] };
