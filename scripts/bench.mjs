// npm run bench: build the extension into a private folder, measure it in Node and in real
// headless Chromium, and write bench/results.json and the table in bench/README.md.
// Options: --quick (few runs, for trying the harness), --skip-browser.
import { build } from 'vite';
import { cpus, totalmem, platform, release } from 'node:os';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUDGETS, measureBuild } from './bench-size.mjs';
import { generatePages } from './bench-pages.mjs';
import { benchNode } from './bench-node.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = `${ROOT}node_modules/.cache/buyer-clock-bench/dist`;
const quick = process.argv.includes('--quick');
const skipBrowser = process.argv.includes('--skip-browser');
const started = Date.now();
const log = (...a) => console.log(...a);

// ---- statistics -----------------------------------------------------------------------------------------
function quantile(sorted, q) {
  if (!sorted.length) return null;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}
/** median, spread (interquartile range and min–max), p95 and the run count of a list of numbers. */
export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  const r = (x) => (x === null ? null : Math.round(x * 1000) / 1000);
  return { median: r(quantile(v, 0.5)), p25: r(quantile(v, 0.25)), p75: r(quantile(v, 0.75)), p95: r(quantile(v, 0.95)), min: r(v[0] ?? null), max: r(v[v.length - 1] ?? null), runs: v.length };
}

// ---- build ------------------------------------------------------------------------------------------------
async function buildAll() {
  for (const browser of ['chrome', 'firefox']) {
    process.env.BUYER_CLOCK_BROWSER = browser;
    process.env.BUYER_CLOCK_FLAVOR = 'shipped';
    await build({ configFile: `${ROOT}vite.config.ts`, root: ROOT, logLevel: 'error', mode: 'production', build: { outDir: `${DIST}/${browser}`, emptyOutDir: true } });
  }
}

// ---- run ----------------------------------------------------------------------------------------------------
log('bench: building the extension');
await buildAll();
const size = { chrome: measureBuild(`${DIST}/chrome`), firefox: measureBuild(`${DIST}/firefox`) };
const pages = generatePages();
log('bench: Node (engine, planner, store)');
const node = await benchNode({ runs: quick ? 5 : 15, log });
let browser = null;
if (!skipBrowser) {
  log('bench: Chromium');
  const { benchBrowser } = await import('./bench-browser.mjs');
  browser = await benchBrowser({
    dist: `${DIST}/chrome`, pages, log,
    ...(quick ? { pairs: 3, traces: 3, busySeconds: 3, busyRuns: 1, wakes: 4 } : { pairs: 20, traces: 15, busySeconds: 10, busyRuns: 3, wakes: 20 }),
  });
}

// ---- figures ------------------------------------------------------------------------------------------------
const figures = [];
const fig = (id, name, unit, st, target, extra = {}) => figures.push({ id, name, unit, ...st, target, ...extra });

if (browser) {
  for (const [id, runs] of Object.entries(browser.overhead)) {
    const ratios = runs.map((p) => p.with.tti / p.without.tti);
    const added = runs.map((p) => p.with.tti - p.without.tti);
    fig(`overhead.${id}`, `time-to-idle with / without the extension — ${id}`, 'ratio', stats(ratios), { max: 1.03 }, {
      addedMs: stats(added), withMs: stats(runs.map((p) => p.with.tti)), withoutMs: stats(runs.map((p) => p.without.tti)),
      longTasksWith: runs.reduce((a, p) => a + p.with.longTasks.length, 0), longTasksWithout: runs.reduce((a, p) => a + p.without.longTasks.length, 0),
      painted: pages[id].painted ?? null,
    });
  }
  for (const [id, runs] of Object.entries(browser.mainThread)) {
    const ok = runs.filter(Boolean);
    fig(`mainThread.${id}`, `main-thread work, content script start → our hosts painted — ${id}`, 'ms', stats(ok.map((r) => r.mainThreadMs)),
      id === 'aliexpress-list-60' ? { max: 16 } : null, {
        scriptMs: stats(ok.map((r) => r.scriptMs)), renderMs: stats(ok.map((r) => r.renderMs)),
        startToPaintedMs: stats(ok.map((r) => r.startToPaintedMs)), afterPaintMs: stats(ok.map((r) => r.afterPaintMs)),
        settleReReadsAfterPaint: stats(ok.map((r) => r.settleReReads)), workingTimerTasks: stats(ok.map((r) => r.workingTimerTasks)),
        longestTaskMs: stats(ok.map((r) => r.longestTaskMs)), tasksOver50ms: ok.reduce((a, r) => a + r.tasksOver50ms, 0),
        painted: pages[id].painted ?? null,
      });
    fig(`longTasks.${id}`, `extension tasks over 50 ms during load — ${id}`, 'tasks', stats(ok.map((r) => r.tasksOver50ms)), { max: 0 }, {
      longestTaskMs: stats(ok.map((r) => r.longestTaskMs)),
    });
  }
  const b = browser.busy;
  fig('busy.cpu', `busy page (1,000 DOM changes/s for ${b.seconds} s): extension CPU share of the period`, '%',
    stats(b.with.map((r) => r.extensionCpuPct)), { max: 2 }, {
      extensionCpuMs: stats(b.with.map((r) => r.extensionCpuMs)),
      scriptDurationWithMs: stats(b.with.map((r) => r.scriptDurationMs)), scriptDurationWithoutMs: stats(b.without.map((r) => r.scriptDurationMs)),
      taskDurationWithMs: stats(b.with.map((r) => r.taskDurationMs)), taskDurationWithoutMs: stats(b.without.map((r) => r.taskDurationMs)),
    });
  fig('busy.reReads', 'busy page: page-read messages reaching the worker (one order changed once)', 'messages',
    stats(b.with.map((r) => r.pageReadMessages)), { max: 1, min: 1 }, {
      domReReads: stats(b.with.map((r) => r.reReads)),
      noticedAfterChangeMs: stats(b.with.map((r) => r.firstMessageAfterChangeMs)),
    });
  fig('busy.domReReads', 'busy page: times the content script re-read the page\'s DOM (one order changed once)', 'reads',
    stats(b.with.map((r) => r.reReads)), { max: 1, min: 1 });
  if (browser.wake?.cold) {
    fig('wake.cold', 'worker wake-up: cold worker → answer to a page reading', 'ms', stats(browser.wake.cold.map((r) => r.ms)), null, {
      warmMs: stats(browser.wake.warm.map((r) => r.ms)), allStopped: browser.wake.cold.every((r) => r.wasStopped), allAnswered: browser.wake.cold.every((r) => r.ok),
    });
  }
}

for (const [browserName, s] of Object.entries(size)) {
  for (const cs of s.contentScripts) {
    const who = cs.marketplaces.join(', ');
    figures.push({ id: `size.${browserName}.firstChunk`, name: `${browserName}: content script, the first code on every matched page (${who})`, unit: 'bytes gzip', median: cs.firstChunk.gzip, raw: cs.firstChunk.raw, runs: 1, deterministic: true, target: { max: BUDGETS.firstChunk }, files: cs.firstChunk.files });
    if (cs.listPage) figures.push({ id: `size.${browserName}.listPage`, name: `${browserName}: everything on a list page, heaviest list code (${who})`, unit: 'bytes gzip', median: cs.listPage.gzip, raw: cs.listPage.raw, runs: 1, deterministic: true, target: { max: BUDGETS.orderPage }, files: cs.listPage.files });
    if (cs.orderPage) figures.push({ id: `size.${browserName}.orderPage`, name: `${browserName}: everything on an order page with the sidebar, heaviest readers (${who})`, unit: 'bytes gzip', median: cs.orderPage.gzip, raw: cs.orderPage.raw, runs: 1, deterministic: true, target: { max: BUDGETS.orderPage }, files: cs.orderPage.files, pageCode: cs.pageCode });
  }
  figures.push({ id: `size.${browserName}.worker`, name: `${browserName}: worker`, unit: 'bytes gzip', median: s.worker.gzip, raw: s.worker.raw, runs: 1, deterministic: true, target: { max: BUDGETS.worker }, files: s.worker.files });
  for (const page of ['popup', 'options']) {
    const p = s.pages[page];
    figures.push(p
      ? { id: `size.${browserName}.${page}`, name: `${browserName}: ${page} page`, unit: 'bytes gzip', median: p.gzip, raw: p.raw, runs: 1, deterministic: true, target: { max: BUDGETS.extensionPage }, files: p.files }
      : { id: `size.${browserName}.${page}`, name: `${browserName}: ${page} page`, unit: 'bytes gzip', median: null, runs: 0, target: { max: BUDGETS.extensionPage }, todo: `no ${page} page in this build's manifest yet` });
  }
}

fig('node.assess', `assess() over ${node.orders.toLocaleString('en')} synthetic orders (${node.marketplaces.length} marketplaces × ${node.stages} stages)`, 'ms', stats(node.assess.runsMs), { max: 20 }, { timers: node.timers });
if (node.planner?.runsMs) fig('node.planner', `planner over the same ${node.orders.toLocaleString('en')} orders`, 'ms', stats(node.planner.runsMs), { max: 50 }, { notices: node.planner.notices });
else figures.push({ id: 'node.planner', name: 'planner over the same orders', unit: 'ms', median: null, runs: 0, target: { max: 50 }, todo: node.planner?.todo });
figures.push({ id: 'node.store', name: `store bytes for ${node.orders.toLocaleString('en')} orders, a year of history each (real store, in-memory area)`, unit: 'bytes', median: node.store.typical.bytes, runs: 1, deterministic: true, target: { max: 5 * 1024 * 1024 }, ...node.store.typical });
figures.push({ id: 'node.storeWorst', name: `store bytes, worst case: ${node.orders.toLocaleString('en')} orders × ${node.store.worst.historyPerOrder} history entries (merge.ts's cap)`, unit: 'bytes', median: node.store.worst.bytes, runs: 1, deterministic: true, target: { max: 5 * 1024 * 1024 } });

for (const f of figures) {
  f.met = f.target ? (f.median === null ? null : f.median <= f.target.max && (f.target.min === undefined || f.median >= f.target.min)) : null;
}

const machine = {
  cpu: cpus()[0]?.model ?? '?', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), os: `${platform()} ${release()}`,
  node: process.version, chromium: browser?.chromium ?? null,
};
const results = {
  date: new Date().toISOString(), machine, quick, durationS: Math.round((Date.now() - started) / 1000),
  definitions: {
    timeToIdle: 'ms from navigation start to the latest of: the load event end, the last DOM mutation anywhere in the document (open shadow roots included), the end of the last long task; counted once nothing of these happened for 500 ms. With the extension, a page where it paints also waits for its first host element.',
    mainThread: 'From the trace: every renderer main-thread task the extension set off (its modules, its timers, the worker\'s replies; microtasks and GC inside them included) plus its callbacks inside the page\'s own tasks, from the loader\'s first line to the end of the frame that paints our first host, plus that frame.',
    gzip: 'zlib default level (6), each file on its own, as a browser fetches it.',
  },
  figures, raw: { size, node, browser: browser && { ...browser, wake: browser.wake && { ...browser.wake, send: undefined } } },
};
mkdirSync(`${ROOT}bench`, { recursive: true });
writeFileSync(`${ROOT}bench/results.json`, JSON.stringify(results, null, 1) + '\n');

// ---- README table ----------------------------------------------------------------------------------------------
const fmt = (f, x) => {
  if (x === null || x === undefined) return '—';
  if (f.unit === 'bytes gzip' || f.unit === 'bytes') return x >= 1024 * 1024 ? `${(x / 1024 / 1024).toFixed(2)} MB` : `${(x / 1024).toFixed(2)} KB`;
  if (f.unit === 'ratio') return x.toFixed(3);
  if (f.unit === '%') return `${x.toFixed(2)} %`;
  if (f.unit === 'ms') return `${x.toFixed(1)} ms`;
  return String(Math.round(x * 100) / 100);
};
const target = (f) => (!f.target ? '(no target; reported)' : f.target.min !== undefined ? `= ${fmt(f, f.target.max)}` : `≤ ${fmt(f, f.target.max)}`);
const spread = (f) => (f.deterministic ? 'deterministic' : f.runs ? `IQR ${fmt(f, f.p25)}–${fmt(f, f.p75)}, range ${fmt(f, f.min)}–${fmt(f, f.max)}, p95 ${fmt(f, f.p95)}` : '—');
const verdict = (f) => (f.todo ? 'TODO' : f.met === null ? '' : f.met ? 'met' : '**missed**');
const rows = figures.map((f) => `| ${f.name} | ${fmt(f, f.median)} | ${spread(f)} | ${f.runs ?? 0} | ${target(f)} | ${verdict(f)}${f.todo ? ` — ${f.todo}` : ''} |`);
const table = ['| Figure | Median | Spread | Runs | Target | |', '|---|---|---|---|---|---|', ...rows].join('\n');

const readmePath = `${ROOT}bench/README.md`;
let readme;
try {
  readme = readFileSync(readmePath, 'utf8');
} catch {
  readme = '# Benchmark\n\n<!-- results -->\n<!-- /results -->\n';
}
const block = `<!-- results -->\nMeasured ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGB} GB), ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium ?? '—'} headless; \`npm run bench\` took ${results.durationS} s${quick ? ' (--quick: too few runs to quote)' : ''}.\n\n${table}\n<!-- /results -->`;
readme = readme.replace(/<!-- results -->[\s\S]*<!-- \/results -->/, block);
writeFileSync(readmePath, readme);
log(`bench: wrote bench/results.json and bench/README.md in ${results.durationS} s`);
for (const f of figures) log(`  ${verdict(f) || '    '}\t${f.name}: ${fmt(f, f.median)} (${f.runs} runs) target ${target(f)}`);
