import { describe, expect, it } from 'vitest';
import { pageOutline } from '../../src/content/outline';
import { createShadowHost } from '../../src/content/shadow-host';
import { loadFixture } from '../marketplaces/load-fixture';

describe('pageOutline', () => {
  const doc = loadFixture('aliexpress/detail-renamed.en.html');
  const outline = pageOutline(doc);

  it('keeps the shape of the page: tags and class names', () => {
    expect(outline.split('\n').length).toBeGreaterThan(20);
    expect(outline).toMatch(/^div\.zq[#a-f]+/m);
  });

  it('carries no text, no numbers and no attribute values', () => {
    expect(outline).not.toMatch(/\d/);
    for (const secret of ['Alex Example', 'Example Street', 'Cancellation pending review', 'Portable Bluetooth', 'aliexpress.com', 'href']) {
      expect(outline).not.toContain(secret);
    }
    expect(outline).toMatch(/^[a-z0-9#.\-_ \n]+$/i);
  });

  it('leaves out our own elements and walks open shadow roots', () => {
    const page = document.implementation.createHTMLDocument('t');
    const host = page.createElement('order-item');
    host.attachShadow({ mode: 'open' }).append(page.createElement('section'));
    page.body.append(host, createShadowHost(page, 'sidebar').host);
    expect(pageOutline(page)).toBe('order-item #shadow\n  section');
  });
});
