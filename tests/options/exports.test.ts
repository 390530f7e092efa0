import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../src/options/ics';
import { buildCsv } from '../../src/options/csv';
import { importText } from '../../src/options/import';
import { toView } from '../../src/background/router';
import { mergeSnapshot } from '../../src/background/merge';
import { translateFrom } from '../../src/lib/i18n';
import type { ImportResult } from '../../src/lib/page-messages';
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
    expect(events[1]!.uid).toBe('order:aliexpress:8190000000000311|ae-protection@buyer-clock');
    expect(calendar.getAllSubcomponents('vevent')[1]!.getAllSubcomponents('valarm')).toHaveLength(2);
  });
});

describe('CSV export', () => {
  it('keeps order ids as text and lets no cell start a formula', () => {
    const csv = buildCsv(orders, NOW.getTime());
    expect(csv.startsWith('\uFEFFmarketplace,order_id,')).toBe(true);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toContain(',="8190000000000417",');
    expect(rows[2]).toContain(`,"'=HYPERLINK(""x"")",`);
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
});
