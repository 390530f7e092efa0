// Clocks the page says are stopped (Taobao and Tmall while a refund is open): never a countdown, but
// "paused by the page", what happens when it runs out, the time it will have when it runs again, and
// the page's own words.
import type { PausedTimer } from '../rules/model';
import type { Translate } from '../lib/i18n';
import { formatSpan } from './format';
import { expiryText } from './sentences';

function leftLine(p: PausedTimer, t: Translate): string {
  if (p.leftMs === undefined) return t('ui_paused_left_unknown');
  return t(p.earliest ? 'ui_paused_left_least' : 'ui_paused_left', formatSpan(p.leftMs, t));
}

export function PausedClocks({ paused, t }: { paused: readonly PausedTimer[] | undefined; t: Translate }) {
  if (!paused?.length) return null;
  return (
    <>
      {paused.map((p) => (
        <section key={p.ruleId} class={`paused actor-${p.actor}`} data-clock={p.clock} role="status">
          <p class="paused-title"><span aria-hidden="true">⏸</span> {t('ui_paused')}</p>
          <p class="sentence">{t('ui_paused_what', expiryText(p.onExpiry, t))}</p>
          <p class="paused-left">{leftLine(p, t)}</p>
          <p class="page-says">{t('pageSays', p.text)}</p>
        </section>
      ))}
    </>
  );
}
