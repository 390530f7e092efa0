// A supported page that no reader understands any more: say so, show no deadline, and offer the
// page's outline (tags and class names only) for a bug report.
import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';

type Props = { t: Translate; outline?: () => string };

export function Unreadable({ t, outline }: Props) {
  const [state, setState] = useState<{ copied: boolean; text: string } | null>(null);
  const copy = async () => {
    if (!outline) return;
    const text = outline();
    try {
      await navigator.clipboard.writeText(text);
      setState({ copied: true, text });
    } catch {
      setState({ copied: false, text });
    }
  };
  return (
    <div class="unreadable">
      <p role="status">{t('pageChanged')}</p>
      {outline && <button type="button" class="copy-outline" onClick={() => void copy()}>{t('copyOutline')}</button>}
      {state && <p role="status" class="outline-note">{t(state.copied ? 'outlineCopied' : 'outlineManual')}</p>}
      {state && !state.copied && <textarea class="outline" readOnly rows={6} aria-label={t('copyOutline')} value={state.text} />}
    </div>
  );
}
