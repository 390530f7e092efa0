import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, ACTORS, CLOCK_IDS, CONFIDENCES, EVENT_NAMES, NOTE_IDS, STAGES } from '../../src/rules/model';
import { PLURAL_BASES, PLURAL_FORMS, keyFor, plural, translateFrom } from '../../src/lib/i18n';
import { formatSpan } from '../../src/ui/format';
import { ON_EXPIRY } from '../../src/rules/rule';
import { RULES } from '../../src/rules/tables';
import { ruleNote } from '../../src/rules/note';
import type { Timer } from '../../src/rules/model';
import { differLine, sourceLine } from '../../src/ui/sentences';

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

// Words that mark a message as English where another language was due.
const ENGLISH_WORD = /^(the|and|you|your|press|order|orders|seller|days?|hours?|from|with|deadline|refund|before|after|older|newer|help|guide|buyer|items?|goods|sales|mail|shipped|abroad|instant|some|members|working|requests?|since|source|page|own|our|estimate|time|notice|rules?|signing|signed|receipt)$/i;

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
    // Web buttons are clicked ("kliknij"), not pressed ("naciśnij"), in every Polish message.
    expect(Object.entries(load('pl')).filter(([, e]) => /naciśnij/i.test(e.message)).map(([k]) => k)).toEqual([]);
  });
});

describe('the rule tables\' sources and alternatives, in every language', () => {
  // What a buyer reads of every row: the source line and "sources differ", as the worker's note makes them.
  const shown = (lang: string) => {
    const t = translateFrom(load(lang));
    return RULES.map((rule) => {
      const note = ruleNote(rule.id)!;
      const timer = { alternatives: rule.alternatives?.map((a) => a.text) } as Timer;
      return { id: rule.id, text: [sourceLine(note, t), differLine(timer, t, note)].filter(Boolean).join('\n') };
    });
  };
  // Not English: what is left once names, Chinese, web addresses and the Polish guide's title are taken out.
  const latinWords = (s: string) => s.replace(/\S*[a-z0-9-]+\.(com|net|ru)\S*/g, ' ')
    .replace(/Buyer Clock|AliExpress|Aliexpress|Taobao|Tmall|Kuaishou|Xiaohongshu|1688|\p{Script=Han}+/gu, ' ')
    .replace(/Jak zamknąć zamówienie na/g, ' ').match(/\p{Script=Latin}{3,}/gu) ?? [];

  it('names a source the buyer can read for every row, and a message for every alternative', () => {
    for (const rule of RULES) {
      expect(rule.cite.length, rule.id).toBeGreaterThan(0);
      for (const id of rule.cite) expect(en, `${rule.id}: cite ${id}`).toHaveProperty(keyFor('cite', id));
      for (const a of rule.alternatives ?? []) expect(en, `${rule.id}: alt ${a.says}`).toHaveProperty(keyFor('alt', a.says));
    }
  });

  it('writes every figure of an alternative through Intl, so each language has its own plural form', () => {
    // "0 s (0秒退)" says "instant", not a figure; "day 5 or 6" is a day's number.
    const FIGURE = /\d+\s*(h|d|min|days?|hours?|working days)\b/;
    for (const rule of RULES) for (const a of rule.alternatives ?? []) {
      // A range ("3–20 d") is one figure of two amounts.
      const figures = (a.text.match(new RegExp(FIGURE, 'g'))?.length ?? 0) * (a.range ? 2 : 1);
      const expected = a.range ? 1 : (a.spans?.length ?? 0);
      expect(a.spans?.length ?? 0, `${rule.id}: ${a.text}`).toBe(figures);
      for (const lang of languages) {
        const message = load(lang)[keyFor('alt', a.says)]!.message;
        expect(message.match(/\$P\d\$/g)?.length ?? 0, `${lang}: ${a.says}`).toBe(expected);
        expect(message.replace(/\$P\d\$/g, ''), `${lang}: ${a.says} writes a figure by hand`).not.toMatch(/(?<!第)\d+\s*(h|d|dni|godz\w*|天|小时|分钟)(?![\p{L}])/u);
      }
    }
  });

  it.each(['pl', 'zh_CN'])('%s says every row\'s source and alternatives in its own words', (lang) => {
    const english = shown(lang).filter(({ text }) => latinWords(text).some((w) => ENGLISH_WORD.test(w)) || (lang === 'zh_CN' && latinWords(text).length));
    expect(english.map(({ id, text }) => `${id}: ${text}`)).toEqual([]);
  });

  it('says an alternative with the language\'s own plural forms', () => {
    const note = ruleNote('ae-cancel-response')!;
    const timer = { alternatives: ['x'] } as Timer;
    expect(differLine(timer, translateFrom(load('pl')), note)).toBe('Źródła się różnią: 48 godzin (prośby od marca 2020) · 72 godziny');
    expect(differLine(timer, translateFrom(load('zh_CN')), note)).toBe('各来源说法不一：48小时（2020年3月以后的申请） · 72小时');
    expect(differLine(timer, translateFrom(en), note)).toBe('Sources differ: 48 hours (requests since Mar 2020) · 72 hours');
    const range = ruleNote('ae-ship')!;
    expect(differLine({ alternatives: ['x'] } as Timer, translateFrom(load('pl')), range)).toBe('Źródła się różnią: 3–20 dni (czas realizacji u sprzedawcy)');
  });
});
