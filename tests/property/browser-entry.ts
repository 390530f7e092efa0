// Bundled for a real Chromium page by readers.property.e2e.ts: fast-check drives the readers over
// mutated fixture pages and random markup in the same DOM the content script gets.
import fc from 'fast-check';
import { readPage } from '../../src/marketplaces';
import { PageReading } from '../../src/rules/model';
import { buildInto, mutateInto, mutation, randomTree } from './mutate';
import { attachDeclarativeRoots } from '../support/declarative-shadow';

export type PropertyRun = { cases: number; failure: string | null };
const NOW = new Date('2026-11-22T12:00:00Z');

export function run(fixtures: { url: string; html: string }[], runs: number, seed: number): PropertyRun {
  const pages = fixtures.map(({ url, html }) => ({ url, doc: new DOMParser().parseFromString(html, 'text/html') }));
  const work = document.implementation.createHTMLDocument('property');
  const fromFixture = fc.record({ page: fc.constantFrom(...pages), mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }) })
    .map(({ page, mutations }) => ({ url: page.url, doc: mutateInto(work, page.doc, mutations, attachDeclarativeRoots) }));
  const fromNothing = fc.record({ url: fc.constantFrom(...pages.map((p) => p.url)), tree: randomTree })
    .map(({ url, tree }) => ({ url, doc: buildInto(work, tree) }));
  let cases = 0;
  const result = fc.check(
    fc.property(fc.oneof({ weight: 9, arbitrary: fromFixture }, { weight: 1, arbitrary: fromNothing }), ({ url, doc }) => {
      cases++;
      const reading = readPage(url, doc, NOW);
      if (reading === null) return true;
      const parsed = PageReading.safeParse(reading);
      if (!parsed.success) throw new Error(`${url}: reading the worker would refuse: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
      return true;
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  return { cases, failure: result.failed ? fc.defaultReportMessage(result) ?? 'failed' : null };
}
