// Page code goes into a tab only this way: our first content script (or page code handing over) asks,
// and the worker injects the file into that frame's isolated world, the world our content scripts run
// in. Injected files need not be web-accessible, so no page can fetch them and tell we are installed.
// The router has checked the sender (our own content script, in a tab, on a supported page) and that
// the code is for that page's marketplace; this checks the frame once more, as injecting acts on it.
import { pageCodeFile, type PageCode } from '../lib/page-code';
import type { Sender } from './sender';

/** Where to inject: Chrome names the very document that asked, so a tab that navigated on gets nothing. */
export type InjectTarget = { tabId: number; frameIds: number[] } | { tabId: number; documentIds: string[] };
export type Inject = (target: InjectTarget, files: string[]) => Promise<unknown>;

export function createPageCodeLoader(inject: Inject, log: (msg: string) => void = console.warn) {
  return async function load(code: PageCode, sender: Sender): Promise<{ ok: boolean }> {
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || sender.frameId !== 0) return { ok: false };
    const target: InjectTarget = typeof sender.documentId === 'string' ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [0] };
    try {
      await inject(target, [pageCodeFile(code)]);
      return { ok: true };
    } catch (error) {
      // The tab navigated away or closed meanwhile: its next page asks for itself.
      log(`buyer-clock: could not load ${code}: ${String(error).slice(0, 200)}`);
      return { ok: false };
    }
  };
}
