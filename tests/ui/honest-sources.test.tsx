// What the buyer is told about a figure: a source they understand, in their language, whether it is
// exact, the earliest it can be or an estimate, and "sources differ" wherever the deadline is shown.
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import ICAL from 'ical.js';
import { Sidebar } from '../../src/sidebar/Sidebar';
import { Popup } from '../../src/popup/Popup';
import { toView } from '../../src/background/router';
import { mergeSnapshot } from '../../src/background/merge';
import { planOrder } from '../../src/background/tracked';
import { noticeContent } from '../../src/background/notify';
import { buildIcs } from '../../src/options/ics';
import { translateFrom } from '../../src/lib/i18n';
import { RULES } from '../../src/rules';
import { renderRulesDoc } from '../../src/rules/rules-doc';
import { formatTimerDeadline } from '../../src/ui/format';
import { snapshot } from '../support/snapshots';

const load = (lang: string) => translateFrom(JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')));
const t = load('en');
const NOW = Date.parse('2026-11-20T00:00:00Z');
// The seller's 14 days to answer a cancellation: a buyer guide's figure, other sources say 48 h or 72 h.
const view = toView(mergeSnapshot(null, snapshot({}), '2026-11-19T00:00:00+00:00'), new Date(NOW));

describe('honest sources', () => {
  it('the sidebar line names the source and says "sources differ" without unfolding anything', () => {
    const { container } = render(<Sidebar order={view} unreadable={false} collapsed={false} onCollapse={vi.fn()} showMe={vi.fn()}
      t={t} locale="en" clock={() => NOW} />);
    // The clock that matters leads the sidebar (its top block).
    const item = container.querySelector('.top')!;
    expect(item.querySelector('.from')?.textContent).toBe('From a buyer guide (unofficial) · an estimate');
    const differ = item.querySelector('.alternatives')!;
    expect(differ.textContent).toBe('Sources differ: 48 hours (requests since Mar 2020) · 72 hours');
    expect(differ.closest('details')).toBeNull();
  });

  it('the popup, the notification and the calendar say it too', () => {
    const { container } = render(<Popup orders={[view]} t={t} locale="en" zone="UTC" clock={() => NOW}
      onAdd={vi.fn()} onPreview={vi.fn(async () => null)} onChecklist={vi.fn()} onEvidence={vi.fn()} onRemove={vi.fn()} onSettings={vi.fn()}
      onSaveSetAside={vi.fn()} onDiscardSetAside={vi.fn()} onAcknowledgeFull={vi.fn()} />);
    expect(container.querySelector('li[data-order] .alternatives')?.textContent).toMatch(/^Sources differ: 48 hours/);
    expect(container.querySelector('li[data-order] .from')?.textContent).toBe('From a buyer guide (unofficial) · an estimate');
    const timer = view.assessment.timers[0]!;
    const notice = noticeContent({ kind: 'one', reminder: { id: 'x', kind: 'lead', key: view.key, timer } }, [planOrder(view)], NOW, t, 'en');
    expect(notice.message.split('\n')).toContain('Sources differ: 48 hours (requests since Mar 2020) · 72 hours');
    const calendar = new ICAL.Component(ICAL.parse(buildIcs([view], NOW, t, [])));
    const description = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).description;
    expect(description).toContain('Sources differ: 48 hours (requests since Mar 2020) · 72 hours');
    expect(description).toContain('From a buyer guide (unofficial) · an estimate');
  });

  it('the sources and the other figures are in the buyer\'s language, with its plural forms, everywhere', () => {
    const differ = { pl: 'Źródła się różnią: 48 godzin (prośby od marca 2020) · 72 godziny', zh_CN: '各来源说法不一：48小时（2020年3月以后的申请） · 72小时' };
    const source = { pl: 'Źródło: „Jak zamknąć zamówienie na Aliexpress”, poradnik dla kupujących (nieoficjalny)', zh_CN: '来源：《Jak zamknąć zamówienie na Aliexpress》，买家指南（非官方）' };
    for (const lang of ['pl', 'zh_CN'] as const) {
      const tl = load(lang);
      const side = render(<Sidebar order={view} unreadable={false} collapsed={false} onCollapse={vi.fn()} showMe={vi.fn()}
        t={tl} locale="pl" clock={() => NOW} />).container;
      expect(side.querySelector('.top .alternatives')?.textContent).toBe(differ[lang]);
      expect(side.querySelector('.top .source')?.textContent).toMatch(new RegExp(`^${source[lang].replace(/[()（）]/g, '.')}`));
      const pop = render(<Popup orders={[view]} t={tl} locale="pl" zone="UTC" clock={() => NOW}
        onAdd={vi.fn()} onPreview={vi.fn(async () => null)} onChecklist={vi.fn()} onEvidence={vi.fn()} onRemove={vi.fn()} onSettings={vi.fn()}
        onSaveSetAside={vi.fn()} onDiscardSetAside={vi.fn()} onAcknowledgeFull={vi.fn()} />).container;
      expect(pop.querySelector('li[data-order] .alternatives')?.textContent).toBe(differ[lang]);
      const timer = view.assessment.timers[0]!;
      const notice = noticeContent({ kind: 'one', reminder: { id: 'x', kind: 'lead', key: view.key, timer } }, [planOrder(view)], NOW, tl, 'pl');
      expect(notice.message.split('\n')).toContain(differ[lang]);
      const calendar = new ICAL.Component(ICAL.parse(buildIcs([view], NOW, tl, [])));
      expect(new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).description).toContain(differ[lang]);
    }
  });

  it('a page countdown is "the page\'s own countdown", exact; the marketplace\'s own figure is named after it', () => {
    const shipped = toView(mergeSnapshot(null, snapshot({
      stage: 'shipped', events: { placedAt: '2026-11-10T09:12:00-08:00' }, pageClocks: [{ clock: 'protection', endsAt: '2026-12-22T10:00:00Z', text: '' }],
    }), '2026-11-19T00:00:00+00:00'), new Date(NOW));
    const { container } = render(<Sidebar order={shipped} unreadable={false} collapsed={false} onCollapse={vi.fn()} showMe={vi.fn()}
      t={t} locale="en" clock={() => NOW} />);
    expect(container.querySelector('.top .from')?.textContent).toBe('From the page\'s own countdown · exact');
    expect(load('pl')('basis_marketplace', 'AliExpress')).toBe('pomoc AliExpress');
    expect(load('zh_CN')('basis_guide')).toBe('买家攻略（非官方）');
  });

  it('shows a deadline counted from a day without a time as a date', () => {
    const timer = { endsAt: '2026-11-17T00:00:00-08:00', earliest: { event: 'completedAt', why: 'day-only' } };
    expect(formatTimerDeadline(timer, 'en-GB', t)).toBe('Ends on 17 Nov 2026');
  });

  it('docs/rules.md gives every row the source label and how sure its figure is', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) {
      const row = doc.split('\n').find((l) => l.includes(`\`${rule.id}\``))!;
      const cells = row.split(' | ');
      expect(cells[10], rule.id).toMatch(/help$|^a buyer guide \(unofficial\)$|^our estimate$|^the page's own countdown$/);
      expect(cells[11], rule.id).toMatch(/^(exact|an estimate|no figure)/);
    }
  });
});
