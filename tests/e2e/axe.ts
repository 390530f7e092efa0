// axe-core inside a real page. Its source goes in through the driver's evaluate, which the extension
// pages' CSP (script-src 'self') does not apply to; no request leaves the machine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Evaluate = <T>(fn: string | ((arg: string | null) => T), arg?: string | null) => Promise<T>;

export type AxeViolation = { id: string; impact: string | null; nodes: number; help: string };

/** Violations on the page, or only inside the element matching `within` (e.g. our sidebar's host). */
export async function axeViolations(evaluate: Evaluate, within: string | null = null): Promise<AxeViolation[]> {
  await evaluate(source);
  return evaluate(async (selector: string | null) => {
    type Result = { id: string; impact: string | null; help: string; nodes: unknown[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    // A context that matched nothing passes every rule: make that a failure, not a green check.
    if (result.passes.length === 0) return [{ id: 'nothing-checked', impact: null, help: String(selector), nodes: 0 }];
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  }, within);
}
