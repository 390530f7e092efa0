// Who may say what. Page readings and sidebar settings come only from our own content script, in the top
// frame of a tab whose address is a page we support.
import { detectPage } from '../marketplaces/detect';
import type { Marketplace } from '../rules/model';

export type Sender = { id?: string; url?: string; frameId?: number; documentId?: string; tab?: { id?: number; url?: string } };

export type SenderVerdict = { ok: true; marketplace: Marketplace; url: URL } | { ok: false; why: string };

export function checkTabSender(sender: Sender, runtimeId: string): SenderVerdict {
  if (sender.id !== runtimeId) return { ok: false, why: 'not from this extension' };
  if (!sender.tab || typeof sender.tab.id !== 'number') return { ok: false, why: 'not from a tab' };
  if (sender.frameId !== undefined && sender.frameId !== 0) return { ok: false, why: 'not from the top frame' };
  const href = sender.url ?? sender.tab.url;
  if (!href) return { ok: false, why: 'sender has no address' };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { ok: false, why: 'sender address unreadable' };
  }
  const page = detectPage(url.href);
  if (url.protocol !== 'https:' || !page) return { ok: false, why: `not a supported page: ${url.protocol}//${url.host}` };
  return { ok: true, marketplace: page.marketplace, url };
}

/** Extension pages (popup, options) are the only ones that may ask for everything the store holds. */
export function checkExtensionPageSender(sender: Sender, runtimeId: string, extensionOrigin: string): SenderVerdict | { ok: true } {
  if (sender.id !== runtimeId) return { ok: false, why: 'not from this extension' };
  const href = sender.url ?? '';
  if (!extensionOrigin || !href.startsWith(extensionOrigin)) return { ok: false, why: 'not from an extension page' };
  return { ok: true };
}
