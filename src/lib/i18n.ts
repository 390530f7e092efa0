// Interface strings live in public/_locales/<lang>/messages.json (the browser's own i18n format).
// Components receive a Translate function, so tests can render any language without a browser.
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;
export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Message keys may hold only [A-Za-z0-9_]; vocabulary ids use '-'. */
export function keyFor(prefix: string, id: string): MessageKey {
  return `${prefix}_${id.replace(/-/g, '_')}` as MessageKey;
}

/** The browser's substitution rules ($NAME$ placeholders whose content is $1..$9), done by hand. */
export function translateFrom(messages: Messages): Translate {
  return (key, ...subs) => {
    const entry = messages[key];
    if (!entry) return key;
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
      return content.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
    });
  };
}

/** The browser's own lookup: the language is the browser's, falling back to English. */
export function translateWith(getMessage: (key: string, subs?: string[]) => string): Translate {
  return (key, ...subs) => getMessage(key, subs.map(String)) || key;
}

/** The interface language as a BCP 47 tag (the message "locale"), English where it has none. */
export function localeOf(t: Translate): string {
  const tag = t('locale');
  return tag && tag !== 'locale' ? tag : 'en';
}

/** Messages with a form per plural category (<base>_one, _few, _many, _other), in every language. */
export const PLURAL_BASES = ['notice_passed', 'notice_more', 'popup_count', 'opt_import_rejected'] as const;
export type PluralBase = (typeof PLURAL_BASES)[number];
export const PLURAL_FORMS = ['one', 'few', 'many', 'other'] as const;

const pluralRules = new Map<string, Intl.PluralRules>();

/** "1 zamówienie", "2 zamówienia", "5 zamówień": the form the language's plural rules pick for n. */
export function plural(t: Translate, base: PluralBase, n: number): string {
  const locale = localeOf(t);
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = rules.select(n);
  return t(`${base}_${(PLURAL_FORMS as readonly string[]).includes(form) ? form : 'other'}` as MessageKey, n);
}
