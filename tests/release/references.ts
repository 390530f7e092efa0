// What a built extension references, followed from its manifest the way a browser loads it: the manifest's
// files, each page's scripts and links, each script's imports, runtime.getURL() paths and the page code the
// worker injects (scripting.executeScript's files, named content/<name>.js). A store zip
// should hold exactly these files: nothing missing (a broken install), nothing extra (what a reviewer
// would ask about: source maps, test pages, stray assets).
import { posix } from 'node:path';

type Files = Map<string, Buffer>;
type Manifest = {
  icons?: Record<string, string>;
  default_locale?: string;
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
  action?: { default_icon?: Record<string, string> | string; default_popup?: string };
  options_ui?: { page: string };
  options_page?: string;
  web_accessible_resources?: { resources: string[] }[];
};

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
// A literal path (a template's ${…} parts match any one path segment), or a variable, which names nothing.
const GET_URL = /getURL\(\s*(["'`])([^"'`]*)\1\s*\)/g;
// The page code's file name, as the worker builds it (src/lib/page-code.ts).
const INJECTED = /(["'`])(content\/[^"'`]*\.js)\1/g;
const HTML_REF = /<(?:script|link|img)\b[^>]*?\s(?:src|href)="([^"]+)"/g;
const CSS_URL = /url\(\s*["']?([^"')]+)["']?\s*\)/g;

/** The manifest's own references, and a reason for each (the test names them when one is missing). */
function fromManifest(manifest: Manifest, files: Files): string[] {
  const out: string[] = ['manifest.json'];
  out.push(...Object.values(manifest.icons ?? {}));
  const icon = manifest.action?.default_icon;
  out.push(...(typeof icon === 'string' ? [icon] : Object.values(icon ?? {})));
  if (manifest.action?.default_popup) out.push(manifest.action.default_popup);
  if (manifest.options_ui?.page) out.push(manifest.options_ui.page);
  if (manifest.options_page) out.push(manifest.options_page);
  if (manifest.background?.service_worker) out.push(manifest.background.service_worker);
  out.push(...(manifest.background?.scripts ?? []));
  for (const cs of manifest.content_scripts ?? []) out.push(...(cs.js ?? []), ...(cs.css ?? []));
  for (const war of manifest.web_accessible_resources ?? []) out.push(...war.resources);
  // With a default locale, the browser reads every _locales/<lang>/messages.json there is.
  if (manifest.default_locale) {
    out.push(`_locales/${manifest.default_locale}/messages.json`);
    out.push(...[...files.keys()].filter((f) => /^_locales\/[\w-]+\/messages\.json$/.test(f)));
  }
  return out.map((f) => f.replace(/^\//, ''));
}

const resolveFrom = (file: string, ref: string) =>
  ref.startsWith('/') ? ref.slice(1) : ref.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), ref)) : ref;

function refsOf(file: string, body: Buffer, files: Files): string[] {
  const text = () => body.toString('utf8');
  if (file.endsWith('.html')) {
    return [...text().matchAll(HTML_REF)].map((m) => m[1]!).filter((r) => !/^[a-z]+:/i.test(r)).map((r) => resolveFrom(file, r));
  }
  if (file.endsWith('.css')) {
    return [...text().matchAll(CSS_URL)].map((m) => m[1]!).filter((r) => !/^(data|https?):/i.test(r)).map((r) => resolveFrom(file, r));
  }
  if (!file.endsWith('.js')) return [];
  const js = text();
  const imports = [...js.matchAll(STATIC_IMPORT), ...js.matchAll(DYNAMIC_IMPORT)].map((m) => resolveFrom(file, m[1]!));
  const urls = [...js.matchAll(GET_URL), ...js.matchAll(INJECTED)].map((m) => m[2]!).filter(Boolean).flatMap((path) => {
    if (!path.includes('${')) return [path.replace(/^\//, '')];
    const re = new RegExp(`^${path.replace(/^\//, '').split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
    return [...files.keys()].filter((f) => re.test(f));
  });
  return [...imports, ...urls];
}

/** Every file the extension references (transitively), and references that point at no file. */
export function referencedFiles(files: Files): { referenced: Set<string>; missing: string[] } {
  const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;
  const referenced = new Set<string>();
  const missing: string[] = [];
  const visit = (file: string, from: string) => {
    if (referenced.has(file)) return;
    const body = files.get(file);
    if (!body) {
      missing.push(`${file} (referenced by ${from})`);
      return;
    }
    referenced.add(file);
    for (const ref of refsOf(file, body, files)) visit(ref, file);
  };
  for (const file of fromManifest(manifest, files)) visit(file, 'manifest.json');
  return { referenced, missing };
}
