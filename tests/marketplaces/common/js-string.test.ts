import { describe, expect, it } from 'vitest';
import { literalEnd, unescapeJsString } from '../../../src/marketplaces/common/js-string';

describe('unescapeJsString', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    [String.raw`{\"error\":\"\"}`, '{"error":""}'],
    [String.raw`a\\b`, 'a\\b'],
    [String.raw`\/\/trade.taobao.com\/x`, '//trade.taobao.com/x'],
    [String.raw`Lily\'s`, "Lily's"],
    [String.raw`\u7acb\u5373\u4ed8\u6b3e`, '立即付款'],
    [String.raw`\x41\x7a`, 'Az'],
    [String.raw`\u{1F600}`, '😀'],
    [String.raw`line\nbreak\ttab\r`, 'line\nbreak\ttab\r'],
    [String.raw`\b\f\v`, '\b\f\v'],
    [String.raw`\0`, '\0'],
    [String.raw`\a\q`, 'aq'],
    ['a\\\nb', 'ab'],
    ['a\\\r\nb', 'ab'],
    // JSON's own escapes survive the JS layer: \\\" in the literal is \" in the JSON, " in the value.
    [String.raw`{\"t\":\"\\\"加厚\\\"\"}`, '{"t":"\\"加厚\\""}'],
    ['', ''],
  ];
  it.each(cases)('%s', (body, value) => {
    expect(unescapeJsString(body)).toBe(value);
  });

  it('round-trips what JSON.parse then reads', () => {
    expect(JSON.parse(unescapeJsString(String.raw`{\"t\":\"\\\"加厚\\\"\",\"u\":\"\\u4e2d\"}`) ?? '')).toEqual({ t: '"加厚"', u: '中' });
  });

  it.each([String.raw`\x4`, String.raw`\xZZ`, String.raw`\u12`, String.raw`\u12G4`, String.raw`\u{110000}`, String.raw`\u{}`, String.raw`\u{12`, String.raw`\1`, String.raw`\08`, 'trailing\\'])(
    'refuses the malformed %s', (body) => {
      expect(unescapeJsString(body)).toBeNull();
    });
});

describe('literalEnd', () => {
  it('finds the closing quote past escaped ones', () => {
    const src = String.raw`JSON.parse('a\'b\\') + 1`;
    const start = src.indexOf("'");
    expect(src.slice(start, literalEnd(src, start))).toBe(String.raw`'a\'b\\'`);
  });
  it('is -1 for a literal that never closes on its line, or no quote at all', () => {
    expect(literalEnd("'abc\n'", 0)).toBe(-1);
    expect(literalEnd("'abc", 0)).toBe(-1);
    expect(literalEnd('abc', 0)).toBe(-1);
    expect(literalEnd('"a"', 0)).toBe(3);
  });
});
