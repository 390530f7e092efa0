// The page's own "paused" in every view: the Taobao order page in refund (…1106, "收货确认时间暂停计时")
// read, kept and assessed as the worker does, then shown by the sidebar, its pill and the popup, in
// English, Polish and Chinese. Never "No clock is running", never a countdown.
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { mergeSnapshot } from '../../src/background/merge';
import { toView } from '../../src/background/router';
import { translateFrom } from '../../src/lib/i18n';
import { readPage } from '../../src/marketplaces';
import { Popup } from '../../src/popup/Popup';
import { Sidebar } from '../../src/sidebar/Sidebar';
import { loadFixture } from '../marketplaces/load-fixture';

const URL = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001106';
const NOW = new Date('2026-11-10T04:00:00Z'); // 12:00 in Beijing; shipped 2026-11-04 11:02:45
const at = NOW.toISOString().replace('.000Z', '+00:00');
const view = toView(mergeSnapshot(null, readPage(URL, loadFixture('taobao/detail-refund.html'), NOW)!.orders[0]!, at, 'order-detail'), NOW);
const tIn = (lang: string) => translateFrom(JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')));

function sidebar(lang: string, collapsed = false) {
  const { container, unmount } = render(
    <Sidebar order={view} unreadable={false} collapsed={collapsed} onCollapse={vi.fn()} showMe={vi.fn(() => true)} t={tIn(lang)} locale={lang}
      clock={() => NOW.getTime()} />,
  );
  return { container, unmount };
}

describe('a clock the page says is paused', () => {
  it('is what the worker answers: paused, with the least time it can have left, no countdown', () => {
    expect(view.assessment.paused).toEqual([expect.objectContaining({ clock: 'auto-confirm', text: '收货确认时间暂停计时', earliest: true })]);
    expect(view.assessment.timers).toEqual([]);
  });

  it.each([
    ['en', 'Paused by the page (refund open)', 'When the refund ends, it runs again with at least 3 days 23 hr left', 'The page says: “收货确认时间暂停计时”'],
    ['pl', 'Wstrzymany przez stronę (zwrot otwarty)', 'Gdy zwrot się zakończy, odliczanie ruszy z co najmniej', 'Strona mówi: „收货确认时间暂停计时”'],
    ['zh_CN', '页面已暂停计时（退款处理中）', '退款结束后恢复计时，至少剩余', '页面显示：“收货确认时间暂停计时”'],
  ])('the sidebar (%s) shows the paused line with the page\'s words, never "No clock is running"', (lang, title, left, says) => {
    const { container, unmount } = sidebar(lang);
    const paused = container.querySelector('.paused[data-clock="auto-confirm"]')!;
    expect(paused.querySelector('.paused-title')?.textContent).toContain(title);
    expect(paused.querySelector('.paused-left')?.textContent).toContain(left);
    expect(paused.querySelector('.page-says')?.textContent).toBe(says);
    expect(container.querySelector('.no-clocks')).toBeNull();
    expect(container.querySelector('.top')).toBeNull();
    unmount();
  });

  it('the collapsed pill says paused', () => {
    const { container, unmount } = sidebar('en', true);
    expect(container.querySelector('button.tab')?.textContent).toContain('Paused (refund open)');
    unmount();
  });

  it('the popup line says paused, and its details the paused line', () => {
    const { container } = render(
      <Popup orders={[view]} t={tIn('en')} locale="en" zone="UTC" clock={() => NOW.getTime()} onAdd={vi.fn(async () => true)} onChecklist={vi.fn()} onEvidence={vi.fn()}
        onPreview={vi.fn(async () => null)} onRemove={vi.fn()} onSettings={vi.fn()} onSaveSetAside={vi.fn(async () => null)} onDiscardSetAside={vi.fn()} onAcknowledgeFull={vi.fn()} />,
    );
    const row = container.querySelector('li[data-order="4187000000000001106"]')!;
    expect(row.querySelector('.line .left')?.textContent).toBe('Paused (refund open)');
    expect(row.querySelector('.paused .page-says')?.textContent).toBe('The page says: “收货确认时间暂停计时”');
    expect(row.textContent).not.toContain('No clock is running');
  });

  it('once the refund is over, the clock runs again and says its deadline is the earliest it can be', () => {
    const endsAt = '2026-11-14T11:02:45+08:00';
    const resumed = {
      ...view, stage: 'shipped' as const,
      assessment: {
        ...view.assessment, stage: 'shipped' as const, paused: undefined,
        timers: [{ clock: 'auto-confirm' as const, ruleId: 'tb-auto-confirm', actor: 'buyer' as const, onExpiry: 'receipt-confirmed', endsAt, from: 'rule' as const,
          confidence: 'secondary' as const, resumed: { since: at } }],
      },
    };
    const { container } = render(
      <Sidebar order={resumed} unreadable={false} collapsed={false} onCollapse={vi.fn()} showMe={vi.fn(() => true)} t={tIn('en')} locale="en"
        clock={() => NOW.getTime()} />,
    );
    expect(container.querySelector('.top .bound')?.textContent)
      .toBe('At the earliest — paused while the refund was open, counted again from when the page last showed it paused.');
    expect(container.querySelector('.paused')).toBeNull();
  });
});
