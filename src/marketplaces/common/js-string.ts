// Pages embed their data as JavaScript string literals (`var data = JSON.parse('{\"a\":1}')`). The
// content script may not run page code, so the literal is decoded here by the language's own escape
// rules: never eval, and a malformed literal gives null rather than a half-decoded string.

const SIMPLE: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v' };
const HEX = /^[0-9a-fA-F]+$/;

function hexChar(hex: string, length: number): string | null {
  if (hex.length !== length || !HEX.test(hex)) return null;
  return String.fromCharCode(parseInt(hex, 16));
}

/**
 * The value of a string literal's body (the text between its quotes): `\"`, `\'`, `\\`, `\/`, `\n`…,
 * `\xHH`, `\uHHHH`, `\u{H…}` and line continuations. Octal escapes other than a lone `\0` are refused
 * (strict-mode code cannot contain them); an unknown escape such as `\a` stands for the letter itself.
 */
export function unescapeJsString(body: string): string | null {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) return null; // a trailing backslash escapes the closing quote: no literal
    if (e in SIMPLE) out += SIMPLE[e];
    else if (e === '0' && !/\d/.test(body[i + 1] ?? '')) out += '\0';
    else if (/\d/.test(e)) return null;
    else if (e === 'x') {
      const ch = hexChar(body.slice(i + 1, i + 3), 2);
      if (ch === null) return null;
      out += ch;
      i += 2;
    } else if (e === 'u' && body[i + 1] === '{') {
      const end = body.indexOf('}', i + 2);
      const hex = end < 0 ? '' : body.slice(i + 2, end);
      const code = HEX.test(hex) ? parseInt(hex, 16) : NaN;
      if (!(code <= 0x10ffff)) return null;
      out += String.fromCodePoint(code);
      i = end;
    } else if (e === 'u') {
      const ch = hexChar(body.slice(i + 1, i + 5), 4);
      if (ch === null) return null;
      out += ch;
      i += 4;
    } else if (e === '\r') {
      if (body[i + 1] === '\n') i++; // \ + CRLF is one line continuation
    } else if (e !== '\n' && e !== '\u2028' && e !== '\u2029') out += e;
  }
  return out;
}

/**
 * The end of the string literal whose opening quote is at `start` in source: the index just after the
 * closing quote, or -1 when it never closes on its line.
 */
export function literalEnd(source: string, start: number): number {
  const quote = source[start];
  if (quote !== '"' && quote !== "'" && quote !== '`') return -1;
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    else if (quote !== '`' && (c === '\n' || c === '\r')) return -1;
  }
  return -1;
}
