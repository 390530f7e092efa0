// @vitest-environment node
// The release zips' writer: the same bytes for the same files, a zip other tools read, nothing lost.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../scripts/zip.mjs';

const files = [
  { name: 'manifest.json', data: Buffer.from('{"name":"x"}\n'.repeat(20)) },
  { name: 'assets/a.js', data: Buffer.from('export const a = 1;\n'.repeat(50)) },
  { name: 'icons/icon.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 7, 3, 250, 1]) },
  { name: '_locales/zh_CN/messages.json', data: Buffer.from('{"extName":{"message":"买家时钟"}}') },
  { name: 'run.sh', data: Buffer.from('#!/bin/sh\necho ok\n'), executable: true },
];

describe('writeZip', () => {
  it('gives the same bytes for the same files, whatever their order', () => {
    expect(writeZip([...files].reverse()).equals(writeZip(files))).toBe(true);
  });

  it('reads back every file, in byte order of their names, with fixed dates and modes', () => {
    const back = readZip(writeZip(files));
    expect(back.map((f) => f.name)).toEqual(['_locales/zh_CN/messages.json', 'assets/a.js', 'icons/icon.png', 'manifest.json', 'run.sh']);
    for (const f of files) expect(back.find((b) => b.name === f.name)!.data.equals(f.data)).toBe(true);
    expect(back.map((f) => [f.date, f.time])).toEqual(Array(5).fill([33, 0]));
    expect(back.map((f) => f.mode.toString(8))).toEqual(['100644', '100644', '100644', '100644', '100755']);
  });

  it('makes a zip Info-ZIP tests as sound', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
    try {
      writeFileSync(join(dir, 'a.zip'), writeZip(files));
      expect(execFileSync('unzip', ['-tq', join(dir, 'a.zip')], { encoding: 'utf8' })).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses names a zip should not hold', () => {
    for (const name of ['/abs', '../up', 'a/../../b', 'dir/', 'back\\slash', '']) {
      expect(() => writeZip([{ name, data: Buffer.alloc(1) }]), name).toThrow();
    }
    expect(() => writeZip([files[0]!, files[0]!])).toThrow(/twice/);
  });

  it('notices a damaged file', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('hello hello hello hello hello') }]);
    const at = 30 + 'a.txt'.length + 2;
    zip[at] = zip[at]! ^ 0xff;
    expect(() => readZip(zip)).toThrow();
  });
});
