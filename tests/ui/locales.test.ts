import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, ACTORS, CLOCK_IDS, CONFIDENCES, EVENT_NAMES, NOTE_IDS, STAGES } from '../../src/rules/model';
import { PLURAL_BASES, PLURAL_FORMS, keyFor, plural, translateFrom } from '../../src/lib/i18n';
import { formatSpan } from '../../src/ui/format';
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
      ...EVENT_NAMES.map((e) => keyFor('event', e)), ...EVENT_NAMES.map((e) => keyFor('ask', e)), ...ACTION_IDS.map((a) => keyFor('next', a)),
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

describe('every language, in full', () => {
  // Words that stay as they are in every language: names, and the Chinese a buyer reads on the page.
  const SAME = /Buyer Clock|AliExpress|Taobao|Tmall|Kuaishou|Xiaohongshu|Cainiao|1688|CSV|\.ics|12315|\p{Script=Han}+/gu;
  const ENGLISH = /\b(the|and|you|your|press|order|orders|seller|days?|hours?|from|with|deadline|refund|before|after)\b/i;
  const text = (m: string) => m.replace(/\$[A-Z0-9_]+\$/g, ' ').replace(SAME, ' ');

  it.each(['pl', 'zh_CN'])('%s translates every message, and carries no English', (lang) => {
    const messages = load(lang);
    const english = Object.entries(messages)
      // Language names are written in their own language; "Link" is Polish too.
      .filter(([key]) => key !== 'locale' && !key.startsWith('lang_') && !(lang === 'pl' && key === 'popup_link'))
      .filter(([key, entry]) => ENGLISH.test(text(entry.message)) || (text(entry.message).trim().length > 3 && entry.message === en[key]?.message))
      .map(([key, entry]) => `${key}: ${entry.message}`);
    expect(english).toEqual([]);
  });

  it.each(languages)('%s has every plural form its language needs', (lang) => {
    const messages = load(lang);
    const tag = messages.locale?.message ?? '';
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const form of categories) expect(PLURAL_FORMS as readonly string[], `${lang}: ${form}`).toContain(form);
    for (const base of PLURAL_BASES) for (const form of PLURAL_FORMS) expect(messages, `${lang}: ${base}_${form}`).toHaveProperty(`${base}_${form}`);
  });

  it('writes counts and spans with the language\'s own plural forms', () => {
    const pl = translateFrom(load('pl'));
    expect([1, 2, 5, 22].map((n) => plural(pl, 'notice_passed', n))).toEqual([
      'Minął 1 termin, gdy Buyer Clock nie mógł przypomnieć', 'Minęły 2 terminy, gdy Buyer Clock nie mógł przypomnieć',
      'Minęło 5 terminów, gdy Buyer Clock nie mógł przypomnieć', 'Minęły 22 terminy, gdy Buyer Clock nie mógł przypomnieć',
    ]);
    expect([1, 2, 5].map((d) => formatSpan(d * 86_400_000, pl))).toEqual(['1 dzień', '2 dni', '5 dni']);
    expect(formatSpan(15 * 86_400_000 + 22 * 3_600_000, translateFrom(load('zh_CN')))).toBe('15天22小时');
    expect(translateFrom(load('zh_CN'))('timer_buyer', '15天22小时', '付款', '订单自动关闭')).toBe('你需要在15天22小时内付款——到期后订单自动关闭。');
    expect(pl('next_pay', 'Zapłać teraz')).toContain('kliknij');
  });
});
