import { describe, expect, it } from 'vitest';
import { assignedJsonParse, assignedObject } from '../../../src/marketplaces/common/inline-data';
import { htmlToText } from '../../../src/marketplaces/common/html-text';

const page = (...scripts: string[]) =>
  new DOMParser().parseFromString(`<html><head>${scripts.map((s) => `<script>${s}</script>`).join('')}</head><body></body></html>`, 'text/html');

describe('assignedJsonParse', () => {
  it('takes the blob assigned to the name, not the page\'s other JSON.parse calls', () => {
    const doc = page(
      "window.pcExtraData = JSON.parse('');",
      String.raw`var dataConfig = JSON.parse('{\"x\":1}'); var data = JSON.parse('{\"mainOrders\":[{\"id\":\"4187000000000001234\"}]}');`,
    );
    expect(assignedJsonParse(doc, 'data')).toEqual({ mainOrders: [{ id: '4187000000000001234' }] });
    expect(assignedJsonParse(doc, 'pcExtraData')).toBeUndefined(); // an empty string is no JSON
    expect(assignedJsonParse(doc, 'dataConfig')).toEqual({ x: 1 });
  });

  it('does not read pcExtraData or x.data as data', () => {
    const doc = page(String.raw`window.pcExtraData = JSON.parse('{\"a\":1}'); x.data = JSON.parse('{\"b\":2}');`);
    expect(assignedJsonParse(doc, 'data')).toBeUndefined();
  });

  it('reads double-quoted literals and skips a broken first blob for a later good one', () => {
    expect(assignedJsonParse(page(String.raw`var data = JSON.parse("{\"a\":\"\u4e2d\"}")`), 'data')).toEqual({ a: '中' });
    expect(assignedJsonParse(page("var data = JSON.parse('{broken');", String.raw`var data = JSON.parse('{\"ok\":true}')`), 'data')).toEqual({ ok: true });
  });

  it('ignores external scripts and never runs anything', () => {
    // Parsed, not appended: a parsed document never fetches its scripts.
    const doc = new DOMParser().parseFromString(
      String.raw`<html><head><script src="https://example.com/x.js">var data = JSON.parse('{\"a\":1}')</script></head></html>`, 'text/html');
    expect(doc.querySelector('script')?.getAttribute('src')).toBe('https://example.com/x.js');
    expect(assignedJsonParse(doc, 'data')).toBeUndefined();
  });
});

describe('assignedObject', () => {
  it('takes the balanced object literal, braces inside strings included', () => {
    const doc = page('var detailData = {"a":{"b":"}{"},"c":[1,2]};\nvar other = 1;');
    expect(assignedObject(doc, 'detailData')).toEqual({ a: { b: '}{' }, c: [1, 2] });
  });
  it('is undefined for an object that is not JSON or never closes', () => {
    expect(assignedObject(page('var detailData = {a: 1};'), 'detailData')).toBeUndefined();
    expect(assignedObject(page('var detailData = {"a": 1'), 'detailData')).toBeUndefined();
  });
});

describe('htmlToText', () => {
  it('strips tags and decodes entities without building a document', () => {
    expect(htmlToText('<h3>订单状态: 商家已发货，等待买家确认</h3>')).toBe('订单状态: 商家已发货，等待买家确认');
    expect(htmlToText('<p onclick="x()">a &amp; b&nbsp;&lt;c&gt; &#20013;&#x6587;</p><script>alert(1)</script><!-- c -->')).toBe('a & b <c> 中文');
    expect(htmlToText('<img src=x onerror=alert(1)>text')).toBe('text');
  });
});
