import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../src/popup/Popup';
import { toView } from '../../src/background/router';
import { mergeSnapshot } from '../../src/background/merge';
import { manualView, previewManual } from '../../src/background/tracked';
import type { PreviewQuery } from '../../src/lib/page-messages';
import { translateFrom } from '../../src/lib/i18n';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';
import type { StoreHealth } from '../../src/lib/messages';
import { snapshot } from '../support/snapshots';

const t = translateFrom(en);
const NOW = Date.parse('2026-11-20T00:00:00Z');
const clock = () => NOW;
const read = (orderId: string, endsAt: string, marketplace: 'aliexpress' | 'taobao' = 'aliexpress') => toView(mergeSnapshot(null, snapshot({
  orderId, marketplace, title: `Item ${orderId}`, stage: 'shipped', events: { placedAt: '2026-11-10T09:12:00-08:00' },
  pageClocks: [{ clock: marketplace === 'taobao' ? 'auto-confirm' : 'protection', endsAt, text: '' }],
}), '2026-11-19T00:00:00+00:00'), new Date(NOW));
const cainiao = manualView({
  schema: 1, key: 'manual:c1', marketplace: 'cainiao', stage: 'refund-requested', event: 'refundRequestedAt',
  at: '2026-11-19T10:00:00+08:00', orderId: 'c1', checklist: ['agree-seller'], createdAt: '2026-11-19T10:00:00+08:00',
}, new Date(NOW));

function show(orders = [read('3', '2026-11-27T00:00:00Z'), read('1', '2026-11-20T02:00:00Z'), read('2', '2026-11-21T00:00:00Z', 'taobao')], health?: StoreHealth) {
  const actions = {
    onAdd: vi.fn(async () => true), onChecklist: vi.fn(), onEvidence: vi.fn(),
    // The worker's own answer, as the popup gets it through preview-manual.
    onPreview: vi.fn(async (query: PreviewQuery) => previewManual(query, new Date(NOW))), onRemove: vi.fn(), onSettings: vi.fn(),
    onSaveSetAside: vi.fn(async (): Promise<string[] | null> => ['quarantine:order:aliexpress:1']), onDiscardSetAside: vi.fn(), onAcknowledgeFull: vi.fn(),
  };
  const { container } = render(<Popup orders={orders} health={health} t={t} locale="en" zone="UTC" clock={clock} {...actions} />);
  const listed = () => [...container.querySelectorAll('li[data-order]')].map((li) => li.getAttribute('data-order'));
  return { actions, container, listed };
}

describe('Popup', () => {
  it('lists the most urgent order first, one line each, with its countdown on expand', () => {
    const { listed, container } = show();
    expect(listed()).toEqual(['1', '2', '3']);
    expect(container.querySelector('li[data-order="1"] .line')?.textContent).toMatch(/^2 hr 0 minItem 1raise any problem/);
    expect(screen.getByText(/^You have 2 hr 0 min left to raise any problem: open a dispute or ask for more time/)).toBeTruthy();
  });

  it('opens on "Act now", which holds exactly the orders the badge counts; then waiting, later, and past folded', () => {
    const seller = toView(mergeSnapshot(null, snapshot({ orderId: '5', title: 'Item 5' }), '2026-11-19T00:00:00+00:00'), new Date(NOW));
    const done = toView(mergeSnapshot(null, snapshot({ orderId: '6', stage: 'completed', statusText: 'Completed', events: {} }), '2026-11-19T00:00:00+00:00'), new Date(NOW));
    const lapsed = read('7', '2026-11-01T00:00:00Z');
    const { container } = show([read('3', '2026-11-27T00:00:00Z'), read('1', '2026-11-20T02:00:00Z'), read('2', '2026-11-21T00:00:00Z', 'taobao'), seller, done, lapsed]);
    const sections = [...container.querySelectorAll('[data-section]')].map((s) => [
      s.getAttribute('data-section'), [...s.querySelectorAll('li[data-order]')].map((li) => li.getAttribute('data-order')),
    ]);
    expect(sections).toEqual([['act', ['1', '2']], ['waiting', ['5']], ['later', ['3']], ['past', ['7', '6']]]);
    expect(container.querySelector('[data-section]')?.textContent).toMatch(/^Act now \(48 h or less\) \(2\)/);
    expect(container.querySelector('details[data-section="past"]')?.hasAttribute('open')).toBe(false);
  });

  it('with 45 orders, opens on "Act now" with every order due in 48 h, before any other', () => {
    const hours = (h: number) => new Date(NOW + h * 3_600_000).toISOString().replace('.000Z', 'Z');
    // Every third order due within 48 h, the rest later or long overdue, in no particular order.
    const orders = Array.from({ length: 45 }, (_, i) => read(String(100 + i), hours(i % 3 === 0 ? 47 - i : i % 3 === 1 ? 100 + i : -400 - i)));
    const { container } = show(orders);
    const first = container.querySelector('[data-section]')!;
    expect(first.getAttribute('data-section')).toBe('act');
    const due = orders.filter((_, i) => i % 3 === 0).map((o) => o.orderId);
    expect([...first.querySelectorAll('li[data-order]')].map((li) => li.getAttribute('data-order')).sort()).toEqual(due.sort());
    // One line per order: no order's details are open to push the next one down.
    expect(container.querySelectorAll('li[data-order] details[open]')).toHaveLength(0);
  });

  it('finds orders by name, number or marketplace', () => {
    const { listed } = show();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search orders' }), { target: { value: 'taobao' } });
    expect(listed()).toEqual(['2']);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search orders' }), { target: { value: 'item 3' } });
    expect(listed()).toEqual(['3']);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search orders' }), { target: { value: 'nothing like it' } });
    expect(screen.getByText('No order matches.')).toBeTruthy();
  });

  it("previews the deadline in the popup's own language, not the browser's", async () => {
    const { container } = render(<Popup orders={[]} t={translateFrom(pl)} locale="pl" zone="UTC" clock={clock} onAdd={vi.fn(async () => true)}
      onChecklist={vi.fn()} onEvidence={vi.fn()} onPreview={vi.fn(async (query: PreviewQuery) => previewManual(query, new Date(NOW)))}
      onRemove={vi.fn()} onSettings={vi.fn()} onSaveSetAside={vi.fn(async () => null)} onDiscardSetAside={vi.fn()} onAcknowledgeFull={vi.fn()} />);
    fireEvent.click(container.querySelector('button.add')!);
    await waitFor(() => expect(container.querySelector('input[type="date"]')).toBeTruthy());
    fireEvent.input(container.querySelector('input[type="date"]')!, { target: { value: '2026-11-18' } });
    fireEvent.input(container.querySelector('input[type="time"]')!, { target: { value: '14:30' } });
    // Kuaishou, delivered on 18 Nov: the 7-day window ends on 25 or 26 Nov (by the machine's zone),
    // written in Polish ("lis" for listopad).
    await waitFor(() => expect(container.querySelector('.preview')?.textContent).toMatch(/Koniec: 2[56] lis, \d\d:\d\d/));
    expect(container.querySelector('.preview')?.textContent).not.toMatch(/Nov/);
  });

  it('tells a new user what to do', () => {
    show([]);
    expect(screen.getByText(/^Nothing tracked yet\. Open any of your orders on AliExpress, Taobao, Tmall or 1688/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add an order by hand' })).toBeTruthy();
  });

  it('adds an order by hand: the time is read in Beijing time, as the app shows it, and the event comes from the rule table', async () => {
    const { actions } = show([]);
    fireEvent.click(screen.getByRole('button', { name: 'Add an order by hand' }));
    expect((screen.getByLabelText('Marketplace') as HTMLSelectElement).value).toBe('kuaishou');
    fireEvent.input(await screen.findByLabelText('When did it arrive?'), { target: { value: '2026-11-18' } });
    fireEvent.input(screen.getByLabelText('Time (optional)'), { target: { value: '14:30' } });
    expect(screen.getByText(/as the app or marketplace shows them: Beijing time/)).toBeTruthy();
    // The deadline it will create, before saving, as the worker answers it.
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^This will track: .+ Ends .+\.$/));
    expect(actions.onPreview).toHaveBeenLastCalledWith({ marketplace: 'kuaishou', at: '2026-11-18T14:30:00+08:00' });
    fireEvent.submit(screen.getByRole('button', { name: 'Start tracking' }).closest('form')!);
    await waitFor(() => expect(actions.onAdd).toHaveBeenCalled());
    expect(actions.onAdd).toHaveBeenCalledWith({ marketplace: 'kuaishou', stage: 'delivered', event: 'deliveredAt', at: '2026-11-18T14:30:00+08:00' });
  });

  it('shows the Cainiao refusal as a checklist the buyer ticks off', () => {
    const { actions } = show([cainiao]);
    const box = screen.getByLabelText(/^At the station, hand over the tracking number/) as HTMLInputElement;
    expect((screen.getByLabelText(/^Agree the refusal with the seller/) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    expect(actions.onChecklist).toHaveBeenCalledWith('manual:c1', ['agree-seller', 'bring-items']);
  });

  it('gives a hand-tracked order the evidence list its guide names, ticked as stored', () => {
    const refused = manualView({
      schema: 1, key: 'manual:k1', marketplace: 'kuaishou', stage: 'refund-refused', event: 'refundRefusedAt',
      at: '2026-11-19T10:00:00+08:00', orderId: 'k1', checklist: [], evidence: ['video'], createdAt: '2026-11-19T10:00:00+08:00',
    }, new Date(NOW));
    const { actions, container } = show([refused]);
    const boxes = [...container.querySelectorAll<HTMLInputElement>('li[data-key="manual:k1"] fieldset.evidence input')];
    expect(boxes.map((b) => b.parentElement!.textContent)).toEqual([
      'The chat with the seller', 'Photos of the goods and the parcel', 'Video of the goods (unpacking, the fault)', 'The tracking number',
      'Proof of purchase (购物凭证: order record or invoice)',
    ]);
    expect(boxes.map((b) => b.checked)).toEqual([false, false, true, false, false]);
    fireEvent.click(boxes[0]!);
    expect(actions.onEvidence).toHaveBeenCalledWith('manual:k1', ['chat', 'video']);
    // A Xiaohongshu refusal: the refusal's tracking and photos of the goods, as its guide says.
    const xhs = manualView({
      schema: 1, key: 'manual:x1', marketplace: 'xiaohongshu', stage: 'refund-requested', event: 'refundRequestedAt',
      at: '2026-11-19T10:00:00+08:00', orderId: 'x1', checklist: [], createdAt: '2026-11-19T10:00:00+08:00',
    }, new Date(NOW));
    const other = show([xhs]).container;
    expect([...other.querySelectorAll('li[data-key="manual:x1"] fieldset.evidence label')].map((l) => l.textContent))
      .toEqual(['Photos of the goods and the parcel', 'The tracking number']);
  });

  it('says nothing about the store while all is well', () => {
    show(undefined, { quarantined: 0, archived: 0 });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells the buyer about copies set aside, saves them to a file, and deletes only what was saved', async () => {
    const { actions } = show([], { quarantined: 2, archived: 0 });
    expect(screen.getByRole('alert').textContent).toContain('Buyer Clock could not read some of its saved orders (count: 2). They were set aside, not deleted');
    // Nothing can be deleted before it is saved.
    expect(screen.queryByRole('button', { name: 'Delete the saved copies from Buyer Clock' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save them to a file' }));
    await waitFor(() => screen.getByRole('button', { name: 'Delete the saved copies from Buyer Clock' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete the saved copies from Buyer Clock' }));
    expect(actions.onDiscardSetAside).toHaveBeenCalledWith(['quarantine:order:aliexpress:1']);
  });

  it('offers no deletion when saving failed, and says so', async () => {
    const { actions } = show([], { quarantined: 1, archived: 0 });
    actions.onSaveSetAside.mockResolvedValueOnce(null);
    fireEvent.click(screen.getByRole('button', { name: 'Save them to a file' }));
    await waitFor(() => screen.getByText('They could not be saved. Nothing was deleted; try again.'));
    expect(screen.queryByRole('button', { name: 'Delete the saved copies from Buyer Clock' })).toBeNull();
  });

  it('tells the buyer that storage ran full and what was archived, until they say OK', () => {
    const { actions } = show([], { quarantined: 0, storageFullAt: '2026-11-19T08:00:00+00:00', archived: 12 });
    expect(screen.getByRole('alert').querySelector('p')!.textContent).toMatch(/^Storage ran full on Nov 19, 2026, 8:00\sAM\. To keep every open order, Buyer Clock archived its oldest finished orders as one line each \(archived so far: 12\)\.$/);
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(actions.onAcknowledgeFull).toHaveBeenCalled();
  });
});
