// Month names and abbreviations as marketplaces print them, one table per language so a wrong
// translation is fixed in one place. Keys are lower-case, without the abbreviation's dot.
// The tables never disagree on a shared key (`mar`, `may`, `sep` …); a test keeps it so, which is
// what lets monthNumber() work without knowing the page's language.

const MONTHS_EN: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

// Polish dates print the genitive (12 listopada 2024) or a three-letter abbreviation (12 lis 2024).
const MONTHS_PL: Readonly<Record<string, number>> = {
  sty: 1, stycznia: 1, styczeń: 1, lut: 2, lutego: 2, luty: 2, mar: 3, marca: 3, marzec: 3,
  kwi: 4, kwietnia: 4, kwiecień: 4, maj: 5, maja: 5, cze: 6, czerwca: 6, czerwiec: 6,
  lip: 7, lipca: 7, lipiec: 7, sie: 8, sierpnia: 8, sierpień: 8, wrz: 9, września: 9, wrzesień: 9,
  paź: 10, października: 10, październik: 10, lis: 11, listopada: 11, listopad: 11,
  gru: 12, grudnia: 12, grudzień: 12,
};

// Russian: genitive (12 ноября 2024) or the CLDR abbreviation (12 нояб. 2024 г.).
const MONTHS_RU: Readonly<Record<string, number>> = {
  янв: 1, января: 1, январь: 1, фев: 2, февр: 2, февраля: 2, февраль: 2, мар: 3, марта: 3, март: 3,
  апр: 4, апреля: 4, апрель: 4, май: 5, мая: 5, июн: 6, июня: 6, июнь: 6, июл: 7, июля: 7, июль: 7,
  авг: 8, августа: 8, август: 8, сен: 9, сент: 9, сентября: 9, сентябрь: 9, окт: 10, октября: 10,
  октябрь: 10, ноя: 11, нояб: 11, ноября: 11, ноябрь: 11, дек: 12, декабря: 12, декабрь: 12,
};

const MONTHS_ES: Readonly<Record<string, number>> = {
  ene: 1, enero: 1, feb: 2, febrero: 2, mar: 3, marzo: 3, abr: 4, abril: 4, may: 5, mayo: 5,
  jun: 6, junio: 6, jul: 7, julio: 7, ago: 8, agosto: 8, sep: 9, sept: 9, septiembre: 9, set: 9,
  setiembre: 9, oct: 10, octubre: 10, nov: 11, noviembre: 11, dic: 12, diciembre: 12,
};

export const MONTH_TABLES = { en: MONTHS_EN, pl: MONTHS_PL, ru: MONTHS_RU, es: MONTHS_ES } as const;

const ALL: ReadonlyMap<string, number> = new Map(
  Object.values(MONTH_TABLES).flatMap((table) => Object.entries(table)),
);

/** 1–12 for a month word in any known language (case and a trailing dot ignored); null otherwise. */
export function monthNumber(word: string): number | null {
  return ALL.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
