import { describe, expect, it, vi } from 'vitest';
import { pageApi, type PageApi } from '../../src/content/page-api';

const api = (): PageApi => ({ i18n: { getMessage: () => 'x' }, runtime: { id: 'ext', sendMessage: vi.fn(async () => ({ ok: true })) } });

describe('pageApi', () => {
  it("takes Firefox's browser namespace when there is one", () => {
    const browser = api();
    expect(pageApi({ browser, chrome: api() })).toBe(browser);
  });

  it('takes chrome when browser is missing', () => {
    const chrome = api();
    expect(pageApi({ chrome })).toBe(chrome);
    expect(pageApi({})).toBeUndefined();
  });

  it('is not fooled by a page element named "browser" showing through as a global', () => {
    const form = document.createElement('form');
    form.id = 'browser';
    const runtime = document.createElement('input');
    runtime.name = 'runtime';
    runtime.id = 'looks-like-an-id';
    form.append(runtime);
    const chrome = api();
    expect(pageApi({ browser: form as unknown as PageApi, chrome })).toBe(chrome);
  });
});
