// AMO's reviewers rebuild bundled code from the sources they are given. This does what they would: the
// sources zip unpacked into an empty folder, BUILD.md's commands (npm ci, npm run build), and the result
// compared with the store zips file by file, byte for byte. About a minute, most of it npm ci.
import { describe, expect, it } from 'vitest';
import { rebuildFromSources } from '../../scripts/release.mjs';

describe('the sources zip', () => {
  it('rebuilds the Firefox zip (and the Chrome one) byte for byte in an empty folder', () => {
    expect(rebuildFromSources()).toEqual({ firefox: [], chrome: [] });
  }, 300_000);
});
