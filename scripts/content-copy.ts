// The few pure modules both an order page and the worker/extension pages use (times, sentences, the
// i18n helper) are bundled twice: once with the order page, once with the schemas the other side
// loads anyway. Shared, they would be one more small chunk for every page of both sides to fetch and
// gzip on its own. Safe only for modules without state that matters: each side gets its own instance.
import type { Plugin } from 'vite';

const SUFFIX = '?content-copy';

export function contentCopies(shared: RegExp, contentSide: RegExp): Plugin {
  const posix = (id: string) => id.replace(/\\/g, '/');
  return {
    name: 'buyer-clock:content-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(importer.endsWith(SUFFIX) || contentSide.test(posix(importer)))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !shared.test(posix(resolved.id))) return resolved;
      return { ...resolved, id: resolved.id + SUFFIX };
    },
  };
}
