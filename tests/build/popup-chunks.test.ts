// The popup shows what the worker answers: it computes no deadline, so no rule table and no engine reach
// it (the add-by-hand form's preview is the worker's, through preview-manual).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureBuild } from '../../scripts/bench-size.mjs';

// A row id from each table.
const TABLE_MARKERS = ['ae-cancel-response', 'tb-auto-confirm', '1688-refund-response', 'ks-seller-refuses', 'xhs-refused'];

describe.each(['chrome', 'firefox'])('the popup in dist/%s', (browser) => {
  const dist = `dist/${browser}`;
  const size = measureBuild(dist);

  it('loads no rule table', () => {
    const files = size.pages.popup!.files.map((f: { file: string }) => f.file);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(`${dist}/${file}`, 'utf8');
      for (const marker of TABLE_MARKERS) expect(text.includes(marker), `${file} holds ${marker}`).toBe(false);
    }
  });
});
