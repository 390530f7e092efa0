// Lead times, quiet hours, language, colours and marketplaces. Each change is saved at once (storage.sync).
import { MARKETPLACES } from '../rules/vocabulary';
import { LANGUAGES, THEMES, marketplaceOn, normaliseLeads, type ThemeChoice } from '../lib/settings-defaults';
import type { Language, SettingsRecord } from '../lib/settings';
import { keyFor, type Translate } from '../lib/i18n';
import { useState } from 'preact/hooks';
import { formatDuration } from '../ui/format';

/** The lead times offered, in minutes: a week down to half an hour. */
const LEAD_CHOICES = [10080, 4320, 2880, 1440, 720, 360, 180, 60, 30];

type Group = 'leads' | 'quiet' | 'language' | 'theme' | 'markets';
type Props = { settings: SettingsRecord; onChange: (next: SettingsRecord) => void; t: Translate; saved?: boolean };

const THEME_KEYS = { page: 'opt_theme_page', light: 'opt_theme_light', dark: 'opt_theme_dark' } as const;

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const minutes = (value: string) => {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

export function SettingsForm({ settings, onChange, t, saved = false }: Props) {
  // "Saved." appears beside the control changed, not at the foot of the page.
  const [changed, setChanged] = useState<Group | null>(null);
  const set = (patch: Partial<SettingsRecord>) => {
    setChanged('leadMinutes' in patch ? 'leads' : 'quiet' in patch ? 'quiet' : 'language' in patch ? 'language' : 'theme' in patch ? 'theme' : 'markets');
    onChange({ ...settings, ...patch });
  };
  const done = (group: Group) => <p role="status" class="saved">{saved && changed === group ? t('opt_saved') : ''}</p>;
  const toggleLead = (lead: number, on: boolean) =>
    set({ leadMinutes: normaliseLeads(on ? [...settings.leadMinutes, lead] : settings.leadMinutes.filter((l) => l !== lead)) });
  const setQuiet = (field: 'start' | 'end', value: string) => {
    const m = minutes(value);
    if (m !== null) set({ quiet: { ...settings.quiet, [field]: m } });
  };
  return (
    <>
      <section aria-labelledby="bc-reminders">
        <h2 id="bc-reminders">{t('opt_reminders')}</h2>
        <fieldset>
          <legend>{t('opt_leads')}</legend>
          <p class="hint">{t('ui_opt_leads_hint')}</p>
          {LEAD_CHOICES.map((lead) => (
            <label key={lead} class="check">
              <input type="checkbox" name={`lead-${lead}`} checked={settings.leadMinutes.includes(lead)}
                onChange={(e) => toggleLead(lead, e.currentTarget.checked)} />
              {t('opt_lead', formatDuration(lead * 60_000, t))}
            </label>
          ))}
          {done('leads')}
        </fieldset>
        <fieldset>
          <legend>{t('opt_quiet')}</legend>
          <label class="check">
            <input type="checkbox" name="quiet" checked={settings.quiet.enabled}
              onChange={(e) => set({ quiet: { ...settings.quiet, enabled: e.currentTarget.checked } })} />
            {t('opt_quiet_enable')}
          </label>
          <div class="when">
            <label>{t('opt_quiet_from')}<input type="time" name="quiet-start" value={hhmm(settings.quiet.start)} onChange={(e) => setQuiet('start', e.currentTarget.value)} /></label>
            <label>{t('opt_quiet_to')}<input type="time" name="quiet-end" value={hhmm(settings.quiet.end)} onChange={(e) => setQuiet('end', e.currentTarget.value)} /></label>
          </div>
          {done('quiet')}
        </fieldset>
      </section>
      <section aria-labelledby="bc-language">
        <h2 id="bc-language">{t('opt_language')}</h2>
        <label>{t('opt_language_pick')}{' '}
          <select name="language" value={settings.language} onChange={(e) => set({ language: e.currentTarget.value as Language })}>
            {LANGUAGES.map((lang) => <option key={lang} value={lang} lang={lang === 'auto' ? undefined : lang.replace('_', '-')}>{t(keyFor('lang', lang))}</option>)}
          </select>
        </label>
        {done('language')}
      </section>
      <section aria-labelledby="bc-theme">
        <h2 id="bc-theme">{t('opt_theme')}</h2>
        <p class="hint" id="bc-theme-hint">{t('opt_theme_hint')}</p>
        <div role="radiogroup" aria-labelledby="bc-theme" aria-describedby="bc-theme-hint">
          {THEMES.map((theme) => (
            <label key={theme} class="check">
              <input type="radio" name="theme" value={theme} checked={settings.theme === theme}
                onChange={(e) => e.currentTarget.checked && set({ theme: e.currentTarget.value as ThemeChoice })} />
              {t(THEME_KEYS[theme])}
            </label>
          ))}
        </div>
        {done('theme')}
      </section>
      <section aria-labelledby="bc-markets">
        <h2 id="bc-markets">{t('opt_markets')}</h2>
        <p class="hint">{t('opt_markets_hint')}</p>
        {MARKETPLACES.map((m) => (
          <label key={m} class="check">
            <input type="checkbox" name={`market-${m}`} checked={marketplaceOn(settings, m)}
              onChange={(e) => set({ marketplaces: { ...settings.marketplaces, [m]: e.currentTarget.checked } })} />
            {t(keyFor('market', m))}
          </label>
        ))}
        {done('markets')}
      </section>
    </>
  );
}
