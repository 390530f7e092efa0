// The interface language the buyer chose in the options. 'auto' keeps the browser's own i18n; any
// other choice loads that language's packaged messages.json (our own file: no network request).
import { translateFrom, translateWith, type Messages, type Translate } from '../lib/i18n';
import type { Language } from '../lib/settings';

export type Strings = Messages | null;

export function createStrings(load: (lang: string) => Promise<Messages>, getMessage: (key: string, subs?: string[]) => string) {
  const cache = new Map<string, Promise<Messages>>();
  async function strings(lang: Language): Promise<Strings> {
    if (lang === 'auto') return null;
    let pending = cache.get(lang);
    if (!pending) {
      pending = load(lang);
      cache.set(lang, pending);
      pending.catch(() => cache.delete(lang));
    }
    try {
      return await pending;
    } catch {
      return null; // a broken file must not silence reminders: fall back to the browser's language
    }
  }
  return {
    strings,
    async translate(lang: Language): Promise<Translate> {
      const messages = await strings(lang);
      return messages ? translateFrom(messages) : translateWith(getMessage);
    },
  };
}
