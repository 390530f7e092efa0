import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, ACTORS, CLOCK_IDS, CONFIDENCES, EVENT_NAMES, NOTE_IDS, STAGES } from '../../src/rules/model';
import { keyFor, translateFrom } from '../../src/lib/i18n';
import { ON_EXPIRY } from '../../src/rules/rule';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const dir = 'public/_locales';
const load = (lang: string): Messages => JSON.parse(readFileSync(`${dir}/${lang}/messages.json`, 'utf8'));
const languages = readdirSync(dir);
const en = load('en');

describe('interface languages', () => {
  it('ships English, Chinese and Polish', () => {
    expect(languages.sort()).toEqual(['en', 'pl', 'zh_CN']);
  });

  it.each(languages)('%s has every key English has, and no other', (lang) => {
    expect(Object.keys(load(lang)).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(languages)('%s keeps the same placeholders as English', (lang) => {
    const messages = load(lang);
    for (const [key, entry] of Object.entries(en)) {
      const names = (m: string) => [...m.matchAll(/\$([A-Z0-9_]+)\$/g)].map((x) => x[1]).sort();
      expect(names(messages[key]!.message), `${lang}:${key}`).toEqual(names(entry.message));
    }
  });

  it('names every stage, clock, event, action, actor and confidence of the vocabulary', () => {
    const needed = [
      ...STAGES.map((s) => keyFor('stage', s)), ...CLOCK_IDS.map((c) => keyFor('task', c)),
      ...EVENT_NAMES.map((e) => keyFor('event', e)), ...ACTION_IDS.map((a) => keyFor('next', a)),
      // The same step with no button to name (hand-tracked app orders); 'wait' and 'check-refund' name none anyway.
      ...ACTION_IDS.filter((a) => a !== 'wait' && a !== 'check-refund').map((a) => keyFor('nextplain', a)),
      ...ACTORS.map((a) => keyFor('actor', a)), ...ACTORS.map((a) => keyFor('timer', a)),
      ...CONFIDENCES.map((c) => keyFor('confidence', c)), ...ON_EXPIRY.map((e) => keyFor('expiry', e)),
      ...NOTE_IDS.map((n) => keyFor('note', n)),
    ];
    expect(needed.filter((k) => !(k in en))).toEqual([]);
  });

  it('substitutes placeholders the way the browser does', () => {
    const t = translateFrom(en);
    expect(t('timer_seller', '14 days', 'respond', 'the order closes by itself and your refund starts')).toBe(
      'Seller has 14 days left to respond — then the order closes by itself and your refund starts.',
    );
    expect(translateFrom(load('zh_CN'))('next_extend_receipt', '延长收货时间')).toBe('还没收到？点击“延长收货时间”延长时间。');
  });
});
