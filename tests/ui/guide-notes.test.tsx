// The guides' advice at the moment the extension sees it, in the buyer's language: a Xiaohongshu parcel on
// its way tracked by hand (watch it, move the delivery rather than let it go back), and a paid AliExpress
// order the buyer may cancel (answer yes to "complain about this supplier?" when the seller is at fault).
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../src/popup/Popup';
import { Sidebar } from '../../src/sidebar/Sidebar';
import { manualView } from '../../src/background/tracked';
import { toView } from '../../src/background/router';
import { mergeSnapshot } from '../../src/background/merge';
import { translateFrom } from '../../src/lib/i18n';
import { snapshot } from '../support/snapshots';

const load = (lang: string) => translateFrom(JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')));
const NOW = Date.parse('2026-11-03T04:00:00Z');

const WATCH = {
  en: /^Follow the parcel's tracking\. If nobody can sign for it when it is delivered, ask for a later delivery or another delivery time/,
  pl: /^Śledź przesyłkę\. Jeśli nikt nie odbierze jej w chwili doręczenia, poproś o późniejsze doręczenie/,
  zh_CN: /^留意物流动态。如果派送时无法签收，可以通过物流平台或小红书App申请延迟派送或更改收货时间/,
};
const COMPLAIN = {
  en: /^Cancelling because of the seller\? The cancellation form asks “Do you want to file a complaint about this supplier\?”: answer yes/,
  pl: /^Anulujesz z winy sprzedawcy\? Formularz anulowania pyta, czy chcesz złożyć skargę na tego dostawcę: odpowiedz „tak”/,
  zh_CN: /^因卖家原因取消订单？取消表单会问是否要投诉该供应商：选择“是”，即发起纠纷。$/,
};

describe.each(['en', 'pl', 'zh_CN'] as const)('the guides\' advice in %s', (lang) => {
  const t = load(lang);

  it('tells a Xiaohongshu buyer tracking a parcel by hand to move the delivery rather than refuse it', () => {
    const shipped = manualView({
      schema: 1, key: 'manual:x1', marketplace: 'xiaohongshu', stage: 'shipped', event: 'shippedAt',
      at: '2026-11-01T10:00:00+08:00', orderId: 'x1', checklist: [], createdAt: '2026-11-01T10:00:00+08:00',
    }, new Date(NOW));
    const { container } = render(<Popup orders={[shipped]} t={t} locale="en" zone="UTC" clock={() => NOW}
      onAdd={vi.fn()} onPreview={vi.fn(async () => null)} onChecklist={vi.fn()} onEvidence={vi.fn()} onRemove={vi.fn()} onSettings={vi.fn()}
      onSaveSetAside={vi.fn()} onDiscardSetAside={vi.fn()} onAcknowledgeFull={vi.fn()} />);
    expect(container.querySelector('li[data-key="manual:x1"] [data-note="watch-delivery"]')?.textContent).toMatch(WATCH[lang]);
  });

  it('tells an AliExpress buyer who may cancel a paid order to complain about the supplier when it is the seller\'s fault', () => {
    const paid = toView(mergeSnapshot(null, snapshot({
      stage: 'awaiting-shipment', events: { paidAt: '2026-11-01T10:00:00-08:00' }, buttons: ['Cancel order'], pageClocks: [],
    }), '2026-11-02T00:00:00+00:00'), new Date(NOW));
    const { container } = render(<Sidebar order={paid} unreadable={false} collapsed={false} onCollapse={vi.fn()} showMe={vi.fn()}
      t={t} locale="en" clock={() => NOW} />);
    expect(container.querySelector('[data-note="complain-seller-fault"]')?.textContent).toMatch(COMPLAIN[lang]);
  });
});
