// Pages read through the browser's translation. Chrome and Edge replace each translated text node by
// <font dir="auto" style="vertical-align: inherit;"> pairs and mark <html> translated-ltr/-rtl; Firefox
// replaces text in place. Both leave attributes, ids, hrefs and inline scripts alone, and translate
// lazily, so one page mixes both languages. Readers take what translation does not touch first, then
// the page's own words, then a marketplace's table of the usual machine translations of those words
// (this file holds the lookup, each marketplace folder its table); what is in none is left unread.
import { normalise } from './text';

/** A page's word → the machine translations seen for it. */
export type TranslationTable = Readonly<Record<string, readonly string[]>>;
/** A folded machine translation → the page's own word. */
export type Untranslate = (text: string) => string | null;

/** How translations are compared: case, spacing, quotes and end punctuation do not count. */
function foldTranslation(text: string): string {
  return normalise(text).toLowerCase().replace(/[“”"'‘’[\]]/g, '').replace(/\s*[:：.。!！]+$/, '').replace(/\s+/g, ' ');
}

/** The lookup for one marketplace's table: the page's word for a machine translation, or null. */
export function untranslator(table: TranslationTable): Untranslate {
  const back = new Map<string, string>();
  for (const [word, translations] of Object.entries(table)) {
    for (const t of translations) if (!back.has(foldTranslation(t))) back.set(foldTranslation(t), word);
  }
  return (text) => back.get(foldTranslation(text)) ?? null;
}

// "3 days 12 hours left", "Remaining 9 days 10 hours", "There are 2 days left": a translated 还剩….
const COUNTDOWN_WORDS = /^(?:(?:there (?:are|is) )?\d[\w\s,:]*\bleft|remaining\b.*\d.*|\d[\w\s,:]*\bremaining)$/i;

/** Whether a text is a machine translation of a bare countdown (还剩9天10时). */
export function isTranslatedCountdown(text: string): boolean {
  return COUNTDOWN_WORDS.test(normalise(text));
}

// "Ship before 22:01 on December 16", "Delivery before December 16 22:01": a translated …前发货.
const SHIP_BY_WORDS = /\b(?:ship(?:ped|ping|ment)?|deliver(?:y|ed)?|send|dispatch(?:ed)?)\b.*\bbefore\b|\bbefore\b.*\b(?:ship(?:ped|ping|ment)?|deliver(?:y|ed)?|dispatch(?:ed)?)\b/i;

/** Whether a text is a machine translation of a ship-by promise (12月16日 22:01前发货). */
export function isTranslatedShipBy(text: string): boolean {
  return SHIP_BY_WORDS.test(text) && /\d/.test(text);
}

/** "22:01 on December 16" → "December 16 22:01", the order the date reader knows. */
export function dateFirst(text: string): string {
  return text.replace(/(\d{1,2}:\d{2}(?::\d{2})?)\s+on\s+(\p{L}+\.?\s+\d{1,2})(?!\d)/u, '$2 $1');
}
