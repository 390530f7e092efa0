// Data a page assigns in an inline <script>: `var data = JSON.parse('…')` (a string literal holding
// JSON) and `var detailData = {…};` (an object literal written as JSON). Read as script.textContent,
// so it works from the content script's isolated world; nothing on the page is ever run.
import { literalEnd, unescapeJsString } from './js-string';
import { escapeRegExp } from './text';


// `var data =` / `let data =` / `const data =`, not `pcExtraData =` nor `x.data =`.
const assignment = (name: string, rest: string) =>
  new RegExp(String.raw`(?:^|[\s;{(,])(?:var|let|const)\s+${escapeRegExp(name)}\s*=\s*${rest}`, 'g');

function inlineScripts(doc: Document): string[] {
  return [...doc.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The JSON inside `<name> = JSON.parse('…')` in the page's inline scripts; undefined when absent or broken. */
export function assignedJsonParse(doc: Document, name: string): unknown {
  const re = assignment(name, String.raw`JSON\.parse\(\s*`);
  for (const source of inlineScripts(doc)) {
    for (const m of source.matchAll(re)) {
      const start = m.index + m[0].length;
      const end = literalEnd(source, start);
      if (end < 0) continue;
      const body = unescapeJsString(source.slice(start + 1, end - 1));
      const value = body === null ? undefined : parseJson(body);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** The end of the balanced {…} starting at `start` (strings skipped), or -1. */
function objectEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'") {
      const end = literalEnd(source, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The object literal in `<name> = {…}` in the page's inline scripts, when it is valid JSON; else undefined. */
export function assignedObject(doc: Document, name: string): unknown {
  const re = assignment(name, '(?=\\{)');
  for (const source of inlineScripts(doc)) {
    for (const m of source.matchAll(re)) {
      const start = m.index + m[0].length;
      const end = objectEnd(source, start);
      const value = end < 0 ? undefined : parseJson(source.slice(start, end));
      if (value !== undefined) return value;
    }
  }
  return undefined;
}
