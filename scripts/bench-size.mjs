// Size of what each part of the built extension makes a browser load, found from the built manifest:
// its content scripts (what runs on every matched page, before anything else), then the page code the
// worker injects into an order page (content/<name>.js, one self-contained file per kind of page's readers
// and view, src/lib/page-code.ts; a list page's are named *-list), then the worker and the popup/options
// pages, each by following its import graph. Sizes are raw bytes and gzip bytes (zlib, default level 6,
// each file compressed on its own, as a browser reads it).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

/** The size targets in gzip bytes: what a matched page, an order page, the worker and a page may cost. */
export const BUDGETS = {
  firstChunk: 2 * 1024,
  orderPage: 20 * 1024,
  worker: 30 * 1024,
  extensionPage: 30 * 1024,
};

/**
 * What `npm test` holds the builds to: a ceiling at today's figure plus a little, so nothing grows
 * unnoticed. The first code (1.1 KB), a list page (19.9 KB) and the extension pages meet their budgets.
 * Two do not, and bench/README.md says what each is made of and what to try:
 * - a page with the sidebar, 31.7 KB (35.0 KB while the page code was a dozen chunks, each gzipped on
 *   its own and each web-accessible; 25.6 KB before the sidebar learnt to lead with the urgent clock,
 *   keep lost clocks, start as a pill and show the guides' steps, source labels and plural forms; the
 *   side it is kept on, the colours setting and the page's own "paused" then added 1.3 KB);
 * - the worker, 38.2 KB (27.6 KB before the guides' paths, the never-late engine, the flood budget and
 *   the translated button names; 35.8 KB before the sources and other figures in the buyer's language,
 *   the evidence lists of hand-tracked orders, the add-by-hand preview moved in from the popup, the
 *   side and colours settings and "paused").
 * The popup holds no rule table and no engine: 16.5 KB (26.4 KB while the form's preview ran the engine).
 */
export const CEILINGS = {
  firstChunk: BUDGETS.firstChunk,
  orderPage: 32 * 1024,
  listPage: BUDGETS.orderPage,
  worker: 38.25 * 1024,
};

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

function fileInfo(dist, file) {
  const body = readFileSync(join(dist, file));
  return { file, raw: body.length, gzip: gzipSync(body).length };
}

function importsOf(dist, file, re) {
  const text = readFileSync(join(dist, file), 'utf8');
  const dir = posix.dirname(file);
  return [...text.matchAll(re)].map((m) => posix.normalize(posix.join(dir, m[1])));
}

/** `files` plus everything they import statically, in load order, without repeats. */
function staticClosure(dist, files, seen = new Set()) {
  const out = [];
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    out.push(file);
    for (const dep of importsOf(dist, file, STATIC_IMPORT)) visit(dep);
  };
  files.forEach(visit);
  return out;
}

function dynamicTargets(dist, files) {
  return [...new Set(files.flatMap((f) => importsOf(dist, f, DYNAMIC_IMPORT)))];
}

const total = (infos) => infos.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });

function group(dist, files) {
  const list = files.map((f) => fileInfo(dist, f));
  return { files: list, ...total(list) };
}

/** Scripts an extension page (popup, options) loads: its <script src> and modulepreload links, and their closure. */
function pageScripts(dist, htmlPath) {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const dir = posix.dirname(htmlPath);
  const srcs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((m) =>
    m[1].startsWith('/') ? m[1].slice(1) : posix.normalize(posix.join(dir, m[1])));
  const first = staticClosure(dist, srcs);
  const lazy = staticClosure(dist, dynamicTargets(dist, first), new Set(first));
  return { html: htmlPath, ...group(dist, [...first, ...lazy]) };
}

/** Where the worker finds the page code it injects (src/lib/page-code.ts's pageCodeFile). */
export const PAGE_CODE_DIR = 'content';

/** A file of page code, by name: a list page's (chips) or any other order page's (sidebar). */
export function pageCodeKind(file) {
  return /-list\.js$/.test(posix.basename(file)) ? 'list' : 'order';
}

/** Which marketplace a content-script match pattern belongs to. */
export function marketplaceOf(pattern) {
  if (/aliexpress\./.test(pattern)) return 'aliexpress';
  if (/tmall\.com/.test(pattern)) return 'tmall';
  if (/taobao\.com/.test(pattern)) return 'taobao';
  if (/1688\.com/.test(pattern)) return '1688';
  return 'other';
}

/** Everything measured for one build folder (dist/chrome or dist/firefox). */
export function measureBuild(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  // The page code: every file the worker can inject. tests/build checks the folder holds exactly the
  // files src/lib/page-code.ts names, each one self-contained (it imports nothing).
  const codeDir = join(dist, PAGE_CODE_DIR);
  const pageCode = (existsSync(codeDir) ? readdirSync(codeDir).filter((f) => f.endsWith('.js')).sort() : []).map((name) => {
    const file = posix.join(PAGE_CODE_DIR, name);
    return { file, kind: pageCodeKind(file), ...group(dist, staticClosure(dist, [file])) };
  });
  const heaviest = (kind) => pageCode.filter((c) => c.kind === kind).sort((a, b) => b.gzip - a.gzip)[0] ?? null;
  const contentScripts = (manifest.content_scripts ?? []).map((cs) => {
    const scripts = cs.js ?? [];
    const firstChunk = group(dist, staticClosure(dist, scripts));
    // A page takes the content scripts, then one file of page code: the heaviest of each kind counts.
    const withCode = (code) => code && {
      files: [...firstChunk.files, ...code.files], raw: firstChunk.raw + code.raw, gzip: firstChunk.gzip + code.gzip, pageCode: code.file,
    };
    return {
      js: scripts,
      marketplaces: [...new Set((cs.matches ?? []).map(marketplaceOf))].sort(),
      runAt: cs.run_at ?? 'document_idle',
      firstChunk,
      pageCode,
      orderPage: withCode(heaviest('order')),
      listPage: withCode(heaviest('list')),
    };
  });

  const bg = manifest.background ?? {};
  const bgEntries = bg.service_worker ? [bg.service_worker] : (bg.scripts ?? []);
  const workerFirst = staticClosure(dist, bgEntries);
  const workerLazy = staticClosure(dist, dynamicTargets(dist, workerFirst), new Set(workerFirst));
  const worker = group(dist, [...workerFirst, ...workerLazy]);

  const pages = {};
  const popup = manifest.action?.default_popup;
  if (popup && existsSync(join(dist, popup))) pages.popup = pageScripts(dist, popup);
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options && existsSync(join(dist, options))) pages.options = pageScripts(dist, options);

  return { dist, contentScripts, worker, pages };
}

/** One row per budget: [name, gzip bytes, budget]. */
export function budgetRows(measure) {
  const rows = [];
  for (const cs of measure.contentScripts) {
    const who = cs.marketplaces.join(', ');
    rows.push({ name: `content script first chunk (${who})`, gzip: cs.firstChunk.gzip, raw: cs.firstChunk.raw, budget: BUDGETS.firstChunk });
    if (cs.listPage) rows.push({ name: `content on a list page (${who})`, gzip: cs.listPage.gzip, raw: cs.listPage.raw, budget: BUDGETS.orderPage });
    if (cs.orderPage) rows.push({ name: `content on an order page (${who})`, gzip: cs.orderPage.gzip, raw: cs.orderPage.raw, budget: BUDGETS.orderPage });
  }
  rows.push({ name: 'worker', gzip: measure.worker.gzip, raw: measure.worker.raw, budget: BUDGETS.worker });
  for (const [name, page] of Object.entries(measure.pages)) {
    rows.push({ name: `${name} page`, gzip: page.gzip, raw: page.raw, budget: BUDGETS.extensionPage });
  }
  return rows;
}
