// The Node half of `npm run bench`: the rule engine, the planner and the store at 10,000
// orders. The TypeScript entries in bench/node/ are bundled with vite's build API (SSR mode) into
// node_modules/.cache, then imported and timed here.
import { build } from 'vite';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = `${ROOT}node_modules/.cache/buyer-clock-bench/node`;

async function bundle(name) {
  const outDir = `${OUT}/${name}`;
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false, root: ROOT, logLevel: 'silent', mode: 'production',
    ssr: { noExternal: true },
    build: {
      ssr: `bench/node/${name}.ts`, outDir, emptyOutDir: true, target: 'node20', minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  // Our own freshly built bundle, never anything from a page.
  // eslint-disable-next-line no-unsanitized/method
  return import(pathToFileURL(`${outDir}/${name}.mjs`).href);
}

/** Run `fn` `warmup` times unmeasured, then `runs` times measured; milliseconds per run. */
function times(fn, runs, warmup = 3) {
  for (let i = 0; i < warmup; i++) fn();
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export async function benchNode({ orders: n = 10_000, runs = 15, log = console.log } = {}) {
  const now = Date.UTC(2026, 10, 22, 12, 0, 0);
  const engine = await bundle('engine');
  const orders = engine.syntheticOrders(n, now);
  const nowDate = new Date(now);
  const stages = new Set(orders.map((o) => o.stage));
  let timers = 0;
  const assessRuns = times(() => {
    timers = 0;
    for (const o of orders) timers += engine.assess(o, nowDate).timers.length;
  }, runs);
  log(`  assess: ${n} orders × ${runs} runs`);

  const result = {
    orders: n, marketplaces: engine.MARKETPLACES, stages: stages.size, timers,
    assess: { runsMs: assessRuns },
    planner: null,
    store: null,
  };

  const plannerFile = `${ROOT}src/background/planner.ts`;
  if (!existsSync(plannerFile)) {
    result.planner = { todo: 'TODO: src/background/planner.ts does not exist in this tree; no planner figure was measured.' };
  } else {
    try {
      const p = await bundle('planner');
      const planOrders = orders.map((o) => ({
        key: `order:${o.marketplace}:${o.orderId}`, marketplace: o.marketplace, orderId: o.orderId, title: o.title,
        timers: engine.assess(o, nowDate).timers,
      }));
      let notices = 0;
      const planRuns = times(() => {
        notices = p.plan({ orders: planOrders, settings: p.DEFAULT_SETTINGS, log: p.EMPTY_LOG, now, zone: 'Europe/Warsaw' }).notices.length;
      }, runs);
      result.planner = { runsMs: planRuns, notices };
      log(`  planner: ${n} orders × ${runs} runs`);
    } catch (error) {
      result.planner = { todo: `TODO: the planner could not be bundled from this tree (${String(error?.message ?? error).split('\n')[0]}); no planner figure was measured.` };
    }
  }

  const typical = await engine.storeAtScale(n, now);
  const worst = engine.storeWorstCase(n, now);
  result.store = { typical, worst };
  log(`  store: ${n} orders`);
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchNode(), null, 1));
}
