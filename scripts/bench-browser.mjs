// The real-Chromium half of `npm run bench`. Everything is measured from outside the
// extension: a page-world probe the harness injects (long tasks, DOM mutations, the moment one of our
// hosts appears), Chromium's trace (which task ran in the extension's world or on its scripts), CDP
// Performance metrics, and a message counter added to the worker with worker.evaluate.
/* global chrome -- the functions passed to worker.evaluate run inside the extension's worker */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, launchChromium } from './browsers.mjs';

/** A load is idle once nothing happened for this long after the load event (see README, "time to idle"). */
export const QUIET_MS = 500;

// Injected into the page's own world before any page script: records what "idle" needs.
const PROBE = `(() => {
  const b = window.__bench = { longTasks: [], lastMutation: 0, hostAt: null, mutations: 0 };
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  // The shipped build's hosts are plain, unmarked, empty divs and spans that already hold a (closed)
  // shadow root: attaching another throws. (A page's own empty element would get an empty root here,
  // which changes nothing it draws.)
  const seen = (node) => {
    if (node.nodeType !== 1 || (node.localName !== 'div' && node.localName !== 'span') || node.firstChild) return false;
    if (node.getAttributeNames().some((n) => n !== 'style')) return false;
    try { Element.prototype.attachShadow.call(node, { mode: 'closed' }); return false; } catch { return true; }
  };
  const mo = new MutationObserver((records) => {
    const t = performance.now();
    b.lastMutation = t;
    b.mutations += records.length;
    if (b.hostAt !== null) return;
    for (const r of records) for (const n of r.addedNodes) if (seen(n)) { b.hostAt = t; performance.mark('bench:host'); return; }
  });
  const opts = { childList: true, subtree: true, characterData: true, attributes: true };
  mo.observe(document, opts);
  // Pages built of open shadow roots (1688): watch inside them too, so our chips there are seen.
  document.addEventListener('DOMContentLoaded', () => {
    const walk = (root) => { for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { mo.observe(el.shadowRoot, opts); walk(el.shadowRoot); } };
    walk(document);
  });
  b.idle = (quiet, needHost) => {
    const nav = performance.getEntriesByType('navigation')[0];
    if (!nav || !nav.loadEventEnd) return null;
    if (needHost && b.hostAt === null) return null;
    const lastLong = b.longTasks.reduce((m, [s, d]) => Math.max(m, s + d), 0);
    const at = Math.max(nav.loadEventEnd, b.lastMutation, lastLong);
    if (performance.now() - at < quiet) return null;
    return { tti: at, load: nav.loadEventEnd, dcl: nav.domContentLoadedEventEnd, hostAt: b.hostAt,
      longTasks: b.longTasks.filter(([s]) => s <= at + quiet).map(([s, d]) => Math.round(d)) };
  };
})();`;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Chromium without the extension, same flags, same window: the "B" side of the A/B. */
async function launchPlain() {
  const profile = mkdtempSync(join(tmpdir(), 'buyer-clock-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 860 },
  });
  await context.route('**/*', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: '' }));
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

function servePages(context, pages) {
  const byUrl = new Map(Object.values(pages).map((p) => [p.url, readFileSync(resolve(p.file), 'utf8')]));
  return context.route((url) => byUrl.has(url.href), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: byUrl.get(route.request().url()) }));
}

async function loadUntilIdle(page, url, needHost) {
  await page.goto(url, { waitUntil: 'load' });
  const handle = await page.waitForFunction(([q, h]) => window.__bench?.idle(q, h), [QUIET_MS, needHost], { polling: 50, timeout: 15_000 });
  return handle.jsonValue();
}

// A small seeded generator, so the A/B order is random but the same on every run.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

// ---- traces -------------------------------------------------------------------------------------------

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing',
  'loading', 'toplevel', 'disabled-by-default-devtools.timeline.frame'];

async function traced(cdp, run) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  const value = await run();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return { events, value };
}

const dataOf = (e) => e.args?.data ?? {};
const urlOf = (e) => dataOf(e).url ?? e.args?.fileName ?? e.args?.url ?? '';

/**
 * The extension's share of the renderer's main thread in a trace. A top-level task is the extension's
 * when it runs one of our scripts, code in our content script's world, or a reply from the extension
 * system (mojo extensions.*); in the page's own parser task (where the loader is injected at
 * document_start) only our events inside it count.
 */
export function attribute(events, extensionId, worldName = 'Buyer Clock') {
  const ours = (u) => typeof u === 'string' && u.startsWith(`chrome-extension://${extensionId}/`);
  const loader = events.find((e) => e.name === 'EvaluateScript' && ours(urlOf(e)));
  const inWorld = events.find((e) => e.args?.worldName === worldName && e.args?.worldId !== undefined);
  const anchor = loader ?? inWorld;
  if (!anchor) return null;
  const { pid, tid } = anchor;
  const worldId = events.find((e) => e.name === 'v8.run' && ours(e.args?.fileName))?.args?.worldId ?? inWorld?.args?.worldId;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const isOurs = (e) => ours(urlOf(e)) || (worldId !== undefined && e.args?.worldId === worldId)
    || (e.name === 'Receive mojo message' && String(e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').startsWith('extensions.mojom'));
  // The events that say whose code a task runs: the first of these in a task decides who set it off.
  const SCRIPT = new Set(['v8.callFunction', 'v8.evaluateModule', 'v8.run', 'EvaluateScript', 'Receive mojo message', 'FunctionCall', 'ParseHTML']);
  const tasks = [];
  let current = null;
  for (const e of main) {
    if (e.name === 'RunTask' && (!current || e.ts >= current.end)) {
      current = { ts: e.ts, end: e.ts + e.dur, dur: e.dur, byUs: null, ours: false, oursDur: 0, oursEnd: 0, paint: false, timer: false, delayUs: 0 };
      tasks.push(current);
      continue;
    }
    if (!current || e.ts >= current.end) continue;
    if (e.name === 'ThreadControllerImpl::RunTask') current.delayUs = e.args?.chrome_task_annotator?.task_delay_us ?? 0;
    if (e.name === 'TimerFire') current.timer = true;
    if (e.name === 'Paint') current.paint = true;
    const mine = isOurs(e);
    if (current.byUs === null && (mine || (SCRIPT.has(e.name) && e.name !== 'FunctionCall'))) current.byUs = mine;
    if (mine) {
      current.ours = true;
      if (e.ts >= current.oursEnd) { current.oursDur += e.dur; current.oursEnd = e.ts + e.dur; }
    }
  }
  // A task we set off (our module, our timer, the worker's reply) is ours whole, microtasks and GC included;
  // in a task the page set off (its parser, its timers) only our own callbacks count.
  const cost = (t) => (t.byUs ? t.dur : t.ours ? t.oursDur : 0);
  const mark = events.find((e) => e.name === 'bench:host');
  const hostTs = mark?.ts ?? null;
  // Our hosts are on screen at the end of the first frame painted after they were inserted.
  const frame = hostTs === null ? null : tasks.find((t) => t.ts >= hostTs && t.paint);
  const painted = frame ? frame.end : null;
  const start = loader?.ts ?? tasks[0]?.ts ?? 0;
  const before = tasks.filter((t) => t.ts >= start - 1 && (painted === null || t.end <= painted));
  const scriptUs = before.reduce((a, t) => a + cost(t), 0);
  const renderUs = frame ? frame.dur : 0;
  const costs = tasks.map(cost).filter((d) => d > 0);
  const after = painted === null ? [] : tasks.filter((t) => t.ts >= painted && cost(t) > 0);
  return {
    startToPaintedMs: painted === null ? null : (painted - start) / 1000,
    mainThreadMs: (scriptUs + renderUs) / 1000,
    scriptMs: scriptUs / 1000,
    renderMs: renderUs / 1000,
    afterPaintMs: after.reduce((a, t) => a + cost(t), 0) / 1000,
    afterPaintTasks: after.length,
    // Re-reads: our own settle timer firing (watch.ts waits 400 ms after the page's last change).
    settleReReads: tasks.filter((t) => t.byUs && t.timer && t.delayUs >= 350_000 && t.delayUs <= 450_000).length,
    // Every timer of ours that did real work (≥ 1 ms): on a list page these are re-reads of the page
    // (the settle delay, or watch.ts's forced re-read of a page that never settles) and nothing else.
    workingTimerTasks: tasks.filter((t) => t.byUs && t.timer && t.dur >= 1000).length,
    longestTaskMs: Math.max(0, ...costs) / 1000,
    tasksOver50ms: costs.filter((d) => d > 50_000).length,
    totalMs: costs.reduce((a, d) => a + d, 0) / 1000,
  };
}

// ---- the measures -------------------------------------------------------------------------------------

export async function benchBrowser({ dist, pages, pairs = 20, traces = 12, busySeconds = 10, busyRuns = 2, wakes = 20, log = console.log }) {
  const ext = await launchChromium(dist);
  const plain = await launchPlain();
  const out = { overhead: {}, mainThread: {}, busy: null, wake: null, chromium: ext.context.browser()?.version() ?? null };
  try {
    for (const side of [ext.context, plain.context]) {
      await servePages(side, pages);
      await side.addInitScript({ content: PROBE });
    }
    const tabA = await ext.context.newPage();
    const tabB = await plain.context.newPage();
    out.chromium = await tabA.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? null);

    // 1. Page overhead, interleaved A/B.
    const random = rng(7);
    for (const [id, p] of Object.entries(pages)) {
      const runs = [];
      // Does the extension put anything on this page? (On some pages it reads the orders but finds no
      // place for a chip.) Then "idle" waits for our host on it; else only for quiet.
      await tabA.goto(p.url, { waitUntil: 'load' });
      p.painted = await tabA.waitForFunction(() => window.__bench?.hostAt !== null, null, { timeout: 5_000 }).then(() => true, () => false);
      for (let i = 0; i < 2; i++) { await loadUntilIdle(tabA, p.url, p.painted); await loadUntilIdle(tabB, p.url, false); } // warm-up
      for (let i = 0; i < pairs; i++) {
        const aFirst = random() < 0.5;
        const pair = {};
        for (const side of aFirst ? ['with', 'without'] : ['without', 'with']) {
          await (side === 'with' ? tabA : tabB).bringToFront();
          pair[side] = await loadUntilIdle(side === 'with' ? tabA : tabB, p.url, side === 'with' && p.painted);
        }
        runs.push(pair);
      }
      out.overhead[id] = runs;
      log(`  overhead ${id}: ${runs.length} pairs`);
    }

    // 2. Main-thread work from the content script's start to our hosts painted (traced loads).
    const cdp = await ext.context.newCDPSession(tabA);
    for (const [id, p] of Object.entries(pages)) {
      const runs = [];
      await loadUntilIdle(tabA, p.url, p.painted);
      for (let i = 0; i < traces; i++) {
        const { events } = await traced(cdp, async () => {
          await loadUntilIdle(tabA, p.url, p.painted);
          await tabA.waitForTimeout(700); // catch what our own insertion sets off (a re-read after the settle delay)
        });
        runs.push(attribute(events, ext.extensionId));
      }
      out.mainThread[id] = runs;
      log(`  main thread ${id}: ${runs.length} traces`);
    }

    // 3. A busy page: 1,000 DOM mutations a second for busySeconds, one order's status changed halfway.
    out.busy = await busyPage({ ext, plain, tabA, tabB, cdp, page: pages['aliexpress-list-60'], seconds: busySeconds, runs: busyRuns, log });

    // 6. Worker wake-up: a cold worker to the answer to a page reading.
    out.wake = await wakeUp({ ext, tabA, cdp, page: pages['aliexpress-detail'], wakes, log });
  } finally {
    await ext.close();
    await plain.close();
  }
  return out;
}

// The page's own busy-ness: a ticker's text, an ad slot's children and a carousel's class, together
// 1,000 changes a second, none of them in an order. Halfway through, one order's status changes.
const MUTATOR = `async ([seconds, rate]) => {
  const bar = document.createElement('div');
  bar.id = 'bench-busy';
  const ticker = document.createTextNode('0');
  const slot = document.createElement('div');
  bar.append(ticker, slot);
  document.body.prepend(bar);
  const status = [...document.querySelectorAll('.order-item-header-status-text')].find((s) => s.textContent.trim() === 'Awaiting delivery');
  const t0 = performance.now();
  let done = 0;
  let changedAt = null;
  await new Promise((finish) => {
    const id = setInterval(() => {
      const t = performance.now() - t0;
      const due = Math.min(Math.floor((t / 1000) * rate), seconds * rate);
      for (; done < due; done++) {
        const k = done % 3;
        if (k === 0) ticker.data = String(done);
        else if (k === 1) { if (slot.firstChild) slot.firstChild.remove(); else slot.append(document.createElement('span')); }
        else bar.className = done % 2 ? 'a' : 'b';
      }
      if (changedAt === null && t >= (seconds * 1000) / 2 && status) { status.textContent = 'Completed'; changedAt = t; }
      if (t >= seconds * 1000) { clearInterval(id); finish(); }
    }, 4);
  });
  bar.remove();
  return { mutations: done, changedAt, changed: !!status, ms: performance.now() - t0 };
}`;

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function busyPage({ ext, plain, tabA, tabB, cdp, page, seconds, runs, log }) {
  const cdpB = await plain.context.newCDPSession(tabB);
  await cdp.send('Performance.enable');
  await cdpB.send('Performance.enable');
  const result = { seconds, rate: 1000, with: [], without: [] };
  for (let i = 0; i < runs; i++) {
    // With the extension: traced (our share of the main thread), page-read messages counted at the worker.
    await loadUntilIdle(tabA, page.url, true);
    await tabA.waitForTimeout(800);
    await ext.worker.evaluate(() => {
      const w = self;
      w.__benchReads = [];
      if (!w.__benchCounting) {
        w.__benchCounting = true;
        chrome.runtime.onMessage.addListener((m) => { if (m?.type === 'page-read') w.__benchReads.push({ at: Date.now(), orders: m.reading?.orders?.length ?? 0 }); });
      }
    });
    const m0 = await metrics(cdp);
    const started = Date.now();
    const { events, value: page_ } = await traced(cdp, async () => {
      const r = await tabA.evaluate(`(${MUTATOR})([${seconds}, 1000])`);
      await tabA.waitForTimeout(1500); // the settle delay, the re-read, the answer
      return r;
    });
    const m1 = await metrics(cdp);
    const reads = await ext.worker.evaluate(() => self.__benchReads);
    const share = attribute(events, ext.extensionId);
    const windowMs = seconds * 1000 + 1500;
    result.with.push({
      mutations: page_.mutations, orderChangedAtMs: page_.changedAt,
      extensionCpuMs: share?.totalMs ?? null, extensionCpuPct: share ? (100 * share.totalMs) / windowMs : null,
      reReads: share?.workingTimerTasks ?? null,
      pageReadMessages: reads.length,
      firstMessageAfterChangeMs: reads.length ? reads[0].at - started - page_.changedAt : null,
      scriptDurationMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000, taskDurationMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
    });
    // Without: the same page and mutations, for the page's own cost.
    await loadUntilIdle(tabB, page.url, false);
    await tabB.waitForTimeout(800);
    const n0 = await metrics(cdpB);
    await tabB.evaluate(`(${MUTATOR})([${seconds}, 1000])`);
    await tabB.waitForTimeout(1500);
    const n1 = await metrics(cdpB);
    result.without.push({ scriptDurationMs: (n1.ScriptDuration - n0.ScriptDuration) * 1000, taskDurationMs: (n1.TaskDuration - n0.TaskDuration) * 1000 });
    log(`  busy page run ${i + 1}/${runs}`);
  }
  return result;
}

async function wakeUp({ ext, tabA, cdp, page, wakes, log }) {
  // A real reading of this page: catch the one the content script sends, at the worker.
  await ext.worker.evaluate(() => {
    self.__benchLast = null;
    chrome.runtime.onMessage.addListener((m) => { if (m?.type === 'page-read') self.__benchLast = m; });
  });
  await loadUntilIdle(tabA, page.url, true);
  const message = await ext.worker.evaluate(() => self.__benchLast);
  if (!message) return { error: 'no page reading reached the worker' };

  // The content script's own world: there chrome.runtime.sendMessage speaks as our content script.
  const worlds = [];
  const onCtx = (e) => worlds.push(e.context);
  cdp.on('Runtime.executionContextCreated', onCtx);
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 300));
  cdp.off('Runtime.executionContextCreated', onCtx);
  const world = worlds.find((c) => c.auxData?.type === 'isolated' && String(c.origin ?? '').includes(ext.extensionId))
    ?? worlds.find((c) => c.auxData?.type === 'isolated');
  await cdp.send('Runtime.disable');
  if (!world) return { error: 'content script world not found' };
  const evaluate = async (expression) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId: world.id, awaitPromise: true, returnByValue: true, expression });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
  await evaluate(`window.__benchMsg = ${JSON.stringify(message)}; true`);
  const send = () => evaluate(`(async () => {
    const t = performance.now();
    const reply = await chrome.runtime.sendMessage(window.__benchMsg);
    return { ms: performance.now() - t, ok: !!reply?.ok };
  })()`);

  // Stopping: the ServiceWorker domain's stopAllWorkers, then wait until our worker reports "stopped".
  const status = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`)) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const stopped = async () => {
    for (let i = 0; i < 100; i++) {
      if ([...status.values()].length && [...status.values()].every((s) => s === 'stopped')) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  };
  const warm = [];
  const cold = [];
  for (let i = 0; i < 5; i++) await send(); // warm-up
  for (let i = 0; i < wakes; i++) {
    warm.push(await send());
    await cdp.send('ServiceWorker.stopAllWorkers');
    const wasStopped = await stopped();
    await new Promise((r) => setTimeout(r, 100));
    cold.push({ ...(await send()), wasStopped });
  }
  await cdp.send('ServiceWorker.disable');
  log(`  worker wake-up: ${cold.length} cold, ${warm.length} warm`);
  return { orders: message.reading?.orders?.length ?? 0, cold, warm };
}
