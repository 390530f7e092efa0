import type { SettingsRecord } from '../lib/settings';
import type { Translate } from '../lib/i18n';
import { DataSection, type DataActions } from './DataSection';
import { SettingsForm } from './SettingsForm';

type Props = { settings: SettingsRecord; saved: boolean; onChange: (next: SettingsRecord) => void; data: DataActions; t: Translate };

export function Options({ settings, saved, onChange, data, t }: Props) {
  return (
    <main class="options" aria-labelledby="bc-options-title">
      <h1 id="bc-options-title">{t('options_title')}</h1>
      <SettingsForm settings={settings} onChange={onChange} t={t} saved={saved} />
      <DataSection actions={data} t={t} />
      {/* The privacy policy in short, in the buyer's language (the whole of it: PRIVACY.md). */}
      <section aria-labelledby="bc-privacy" class="privacy">
        <h2 id="bc-privacy">{t('opt_privacy')}</h2>
        <p>{t('opt_privacy_reads')}</p>
        <p>{t('opt_privacy_keeps')}</p>
        <p>{t('opt_privacy_sends')}</p>
      </section>
    </main>
  );
}
