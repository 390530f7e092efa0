// Vite wraps every dynamic import of a client build in its module-preload helper (~0.5 KB gzip), even
// with build.modulePreload off: it would still preload the imported chunk's CSS. Our chunks have no CSS
// files (styles are inlined into shadow roots), so the helper is dead code in the content script's
// first chunk, which has a 2 KB budget. This turns `__vitePreload(f, deps)` back into `f()` and drops
// the helper's import; the build fails rather than drop a stylesheet if a chunk ever imports CSS.
import type { Plugin } from 'vite';

type Node = { type: string; start: number; end: number; [key: string]: unknown };
const HELPER = '__vitePreload';
const HELPER_MODULE = '\0vite/preload-helper.js';

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  visit(node as Node);
  for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, visit);
}

/** One pass: every outermost helper call unwrapped, the helper's import dropped. */
function unwrap(code: string, program: unknown): string {
  const edits: { start: number; end: number; text: string }[] = [];
  walk(program, (n) => {
    const specifiers = n.type === 'ImportDeclaration' ? (n.specifiers as { local: { name: string } }[]) : [];
    if (specifiers.length === 1 && specifiers[0]?.local.name === HELPER) edits.push({ start: n.start, end: n.end, text: '' });
    const callee = n.callee as (Node & { name?: string }) | undefined;
    const [factory] = (n.arguments as Node[] | undefined) ?? [];
    if (n.type === 'CallExpression' && callee?.name === HELPER && factory) {
      edits.push({ start: n.start, end: n.end, text: `(${code.slice(factory.start, factory.end)})()` });
    }
  });
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue; // inside an edit already made; the next pass gets it
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}

export function unwrapPreload(): Plugin {
  return {
    name: 'buyer-clock:unwrap-preload',
    enforce: 'post',
    renderChunk(code, chunk) {
      if (!code.includes(HELPER) || chunk.moduleIds.includes(HELPER_MODULE)) return null;
      if (chunk.viteMetadata?.importedCss.size) this.error(`${chunk.fileName} imports CSS, which only the preload helper would load`);
      let out = code;
      for (let pass = 0; pass < 4 && out.includes(`${HELPER}(`); pass++) out = unwrap(out, this.parse(out));
      if (out.includes(HELPER)) this.error(`${chunk.fileName}: could not unwrap every ${HELPER}`);
      return { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      // The helper's own chunk, once nothing imports it any more.
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type !== 'chunk' || file.moduleIds.some((id) => id !== HELPER_MODULE)) continue;
        const base = name.split('/').pop() ?? name;
        const used = Object.values(bundle).some((other) => other !== file && other.type === 'chunk' && other.code.includes(base));
        if (used) continue;
        delete bundle[name];
        // Later plugins (crxjs lists each chunk's imports as web-accessible) read the import lists.
        for (const other of Object.values(bundle)) if (other.type === 'chunk') other.imports = other.imports.filter((i) => i !== name);
      }
    },
  };
}
