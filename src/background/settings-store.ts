// Settings in storage.sync (the browser carries them between the buyer's computers). A copy that does
// not validate — an older or newer build on another computer — reads as the defaults, never as a crash.
import { ITEMS, upgrade, type KeyValueArea } from '../lib/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, normaliseLeads, type SettingsRecord } from '../lib/settings';

export type SettingsStore = ReturnType<typeof createSettingsStore>;

export function createSettingsStore(sync: KeyValueArea) {
  return {
    async get(): Promise<SettingsRecord> {
      return upgrade(ITEMS.settings, (await sync.get(SETTINGS_KEY))[SETTINGS_KEY]) ?? DEFAULT_SETTINGS;
    },
    async set(next: Omit<SettingsRecord, 'schema'>): Promise<SettingsRecord | null> {
      const record = upgrade(ITEMS.settings, { ...next, schema: 1, leadMinutes: normaliseLeads(next.leadMinutes) });
      if (!record) return null;
      await sync.set({ [SETTINGS_KEY]: record });
      return record;
    },
    reset: () => sync.remove(SETTINGS_KEY),
  };
}
