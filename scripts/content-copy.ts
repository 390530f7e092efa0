// The content script runs in a world of its own: at run time it shares nothing with the worker or the
// extension pages, only chunk files. Shared files cost an order page one more fetch each (and more
// bytes: a small file gzips worse), and they tie its chunks to the popup's. So every module an order
// page imports from outside the content-side folders (preact, the time and sentence helpers, the UI
// components) is bundled as a copy of its own, which only content chunks use. Nothing is lost by it:
// two copies never meet in one world.
import type { Plugin } from 'vite';

const COPY_SUFFIX = '?content-copy';

export function contentCopies(contentSide: RegExp): Plugin {
  const posix = (id: string) => id.replace(/\\/g, '/');
  const isContent = (id: string) => id.endsWith(COPY_SUFFIX) || contentSide.test(posix(id));
  return {
    name: 'buyer-clock:content-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !isContent(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Virtual modules and ones loaded with a query (?inline CSS) are left as they are.
      if (!resolved || resolved.external || /[\0?]/.test(resolved.id) || isContent(resolved.id)) return resolved;
      return { ...resolved, id: resolved.id + COPY_SUFFIX };
    },
  };
}
