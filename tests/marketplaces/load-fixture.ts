import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// A string, not new URL(): happy-dom replaces the global URL, and node:url wants its own.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** A fixture page parsed the way the content script would see it (happy-dom's DOMParser). */
export function loadFixture(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, path), 'utf8'), 'text/html');
}
