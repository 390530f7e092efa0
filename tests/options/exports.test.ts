import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, hashedUid } from '../../src/options/ics';
import { buildCsv } from '../../src/options/csv';
import { importText } from '../../src/options/import';
import { toView } from '../../src/background/router';
import { mergeSnapshot } from '../../src/background/merge';
import { translateFrom } from '../../src/lib/i18n';
import type { ImportResult } from '../../src/lib/page-messages';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS } from '../../src/lib/transfer-limits';
import en from '../../public/_locales/en/messages.json';
import { snapshot } from '../support/snapshots';

const t = translateFrom(en);
const NOW = new Date('2026-11-20T00:00:00Z');
const view = (over: Parameters<typeof snapshot>[0]) => toView(mergeSnapshot(null, snapshot(over), '2026-11-19T00:00:00+00:00'), NOW);

const orders = [
  view({}), // the seller's 14 days to answer a cancellation: ends 30 Nov
  view({ orderId: '8190000000000311', stage: 'shipped', events: { placedAt: '2026-11-10T09:12:00-08:00' }, title: '=HYPERLINK("x")', pageClocks: [{ clock: 'protection', endsAt: '2026-11-22T10:00:00Z', text: '' }] }),
  view({ orderId: '8190000000000999', stage: 'shipped', events: { placedAt: '2026-11-10T09:12:00-08:00' }, pageClocks: [{ clock: 'protection', endsAt: '2026-11-19T10:00:00Z', text: '' }] }), // over
];

describe('calendar export', () => {
  it('parses back with one event per upcoming deadline, ending on it', () => {
    const calendar = new ICAL.Component(ICAL.parse(buildIcs(orders, NOW.getTime(), t, [1440, 180])));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.endDate.toJSDate().toISOString())).toEqual(['2026-11-30T22:30:00.000Z', '2026-11-22T10:00:00.000Z']);
    expect(events[0]!.summary).toBe('AliExpress · Folding desk lamp: respond');
    expect(events[1]!.uid).toBe(hashedUid('order:aliexpress:8190000000000311|ae-protection'));
    expect(calendar.getAllSubcomponents('vevent')[1]!.getAllSubcomponents('valarm')).toHaveLength(2);
  });

  it('lets no title, order id or address start a calendar line of its own', () => {
    const inject = '\r\nEND:VALARM\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nDTSTART:20261201T000000Z\r\nURL:https://evil.example/\r\n'
      + 'ATTENDEE:mailto:a@evil.example\r\nORGANIZER:mailto:o@evil.example\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nBEGIN:VALARM\r\n';
    const hostile = [
      view({ orderId: '8190000000000311', stage: 'shipped', title: `Lamp${inject}`, pageClocks: [{ clock: 'protection', endsAt: '2026-11-22T10:00:00Z', text: '' }] }),
      view({ orderId: `81900\n${inject}`, stage: 'shipped', title: '\u0085\u2028x\u0000', pageClocks: [{ clock: 'protection', endsAt: '2026-11-22T10:00:00Z', text: '' }] }),
    ];
    const text = buildIcs(hostile, NOW.getTime(), t, [1440]);
    expect(text).not.toMatch(/^(ATTENDEE|ORGANIZER|UID:evil|URL:https:\/\/evil)/m);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event.getFirstPropertyValue('uid')).toMatch(/^[0-9a-f]{16}@buyer-clock$/);
      expect(event.getAllProperties().map((p) => p.name).sort()).toEqual(['description', 'dtend', 'dstamp', 'dtstart', 'summary', 'uid'].map((n) => (n === 'dstamp' ? 'dtstamp' : n)).sort());
      for (const alarm of event.getAllSubcomponents('valarm')) expect(String(alarm.getFirstPropertyValue('description'))).not.toMatch(/[\p{Cc}\u2028]/u);
    }
    expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(2);
  });
});

describe('CSV export', () => {
  it('keeps order ids as text and lets no cell start a formula', () => {
    const csv = buildCsv(orders, NOW.getTime());
    expect(csv.startsWith('\uFEFFmarketplace,order_id,')).toBe(true);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toContain(',"=""8190000000000417""",');
    expect(rows[2]).toContain(`,"'=HYPERLINK(""x"")",`);
  });

  // A spreadsheet splits on its own list separator: "," in English, ";" in Polish, German, Russian.
  function parse(text: string, separator: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cellText = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cellText += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cellText += c;
      } else if (c === '"') quoted = true;
      else if (c === separator) {
        row.push(cellText);
        cellText = '';
      } else if (c === '\n') {
        row.push(cellText);
        rows.push(row);
        row = [];
        cellText = '';
      } else if (c !== '\r') cellText += c;
    }
    return rows;
  }

  it.each([',', ';', '\t'])('lets no cell start a formula when the spreadsheet splits on %j', (separator) => {
    const hostile = [
      'USB cable;=HYPERLINK("https://x.example","y")', 'a,=1+1', '\uFF1DSUM(A1)', '\uFF0B1', '\uFF0D1', '\uFF20SUM(A1)',
      '\n=1+1', '\r=1+1', '\t=1+1', '+1', '-1', '@SUM(A1)',
    ];
    const rows = hostile.map((text, i) => view({ orderId: `81900000000${String(i).padStart(5, '0')}`, title: text, statusText: text }));
    const csv = buildCsv(rows, NOW.getTime()).slice(1);
    const cells = parse(csv, separator).slice(1).flat();
    const formula = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
    // The order id's ="…" is the one formula we write, a constant.
    const offending = cells.filter((c) => formula.test(c) && !/^="\d+"$/.test(c));
    expect(offending).toEqual([]);
    if (separator === ',') {
      expect(parse(csv, ',')[1]![2]).toBe(`USB cable;=HYPERLINK("https://x.example","y")`);
      expect(parse(csv, ',')[3]![2]).toBe(`'\uFF1DSUM(A1)`);
      expect(parse(csv, ',')[7]![2]).toBe(`'\n=1+1`);
    }
  });

  it('quotes every cell, the status and the address too', () => {
    const csv = buildCsv([view({ statusText: 'Shipped;=1+1', url: 'https://www.aliexpress.com/p/order/detail.html?a=1;=2' })], NOW.getTime());
    const row = csv.slice(1).trim().split('\r\n')[1]!;
    expect(row.split('","')).toHaveLength(10);
    expect(row.startsWith('"') && row.endsWith('"')).toBe(true);
  });
});

describe('reading an export back', () => {
  it('refuses a file that is not an export', async () => {
    const send = async () => null;
    expect(await importText('not json', send)).toBe('not-an-export');
    expect(await importText('{"orders":[]}', send)).toBe('not-an-export');
  });

  it('sends the items in batches and numbers what was left out by its place in the file', async () => {
    const batches: number[] = [];
    const send = async (o: unknown[]): Promise<ImportResult> => {
      batches.push(o.length);
      return { added: o.length - 1, updated: 0, unchanged: 0, rejected: [{ item: 'order #2', reason: 'invalid' }] };
    };
    const file = JSON.stringify({ format: 'buyer-clock-export', version: 1, orders: Array.from({ length: 250 }, () => ({})), manual: [] });
    const result = await importText(file, send);
    expect(batches).toEqual([100, 100, 50]);
    expect(result).toMatchObject({ added: 247 });
    expect((result as ImportResult).rejected.map((r) => r.item)).toEqual(['order #2', 'order #102', 'order #202']);
  });

  const exportOf = (orders: unknown[], manual: unknown[] = []) => JSON.stringify({ format: 'buyer-clock-export', version: 1, orders, manual });

  it('counts every item of a batch the worker did not save as left out, and goes on with the next', async () => {
    let call = 0;
    const send = async (o: unknown[], m: unknown[]): Promise<ImportResult | null> => {
      call += 1;
      return call === 2 ? null : { added: o.length + m.length, updated: 0, unchanged: 0, rejected: [] };
    };
    const orders = Array.from({ length: 321 }, (_, i) => ({ orderId: String(i + 1) }));
    const result = (await importText(exportOf(orders, [{ orderId: 'm1' }]), send)) as ImportResult;
    expect(result.added).toBe(222);
    expect(result.rejected).toHaveLength(100);
    expect(result.rejected[0]).toEqual({ item: 'order #101 (101)', reason: 'not-saved' });
    expect(result.rejected.every((r) => r.reason === 'not-saved')).toBe(true);
    expect(result.added + result.rejected.length).toBe(orders.length + 1);
  });

  it('refuses a file over the stated size or count before sending anything', async () => {
    let sent = 0;
    const send = async () => {
      sent += 1;
      return { added: 0, updated: 0, unchanged: 0, rejected: [] };
    };
    expect(await importText(exportOf(Array.from({ length: MAX_IMPORT_ITEMS + 1 }, () => ({}))), send)).toBe('too-large');
    expect(await importText(exportOf([{ title: 'x'.repeat(MAX_IMPORT_BYTES) }]), send)).toBe('too-large');
    // Counted in UTF-8 bytes: a file of Chinese titles is three times its length in characters.
    expect(await importText(exportOf([{ title: '灯'.repeat(MAX_IMPORT_BYTES / 3 + 10) }]), send)).toBe('too-large');
    expect(sent).toBe(0);
  });
});
