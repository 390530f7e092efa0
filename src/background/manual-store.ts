// Hand-tracked orders in storage.local, one key each ("manual:<id>").
import { ITEMS, upgrade, type KeyValueArea } from '../lib/storage';
import { MANUAL_PREFIX, type ChecklistId, type ManualInput, type ManualRecord } from '../lib/manual';
import { msToIso } from '../lib/time';
import type { EvidenceId } from '../lib/evidence';

export type ManualStore = ReturnType<typeof createManualStore>;

export function createManualStore(area: KeyValueArea, now: () => Date, newId: () => string) {
  async function read(key: string): Promise<ManualRecord | null> {
    if (!key.startsWith(MANUAL_PREFIX)) return null;
    return upgrade(ITEMS.manual, (await area.get(key))[key]);
  }
  return {
    async add(input: ManualInput): Promise<ManualRecord | null> {
      const id = newId();
      const record = upgrade(ITEMS.manual, {
        ...input, schema: 1, key: `${MANUAL_PREFIX}${id}`, orderId: input.orderId?.trim() || id, checklist: [],
        createdAt: msToIso(now().getTime()),
      });
      if (record) await area.set({ [record.key]: record });
      return record;
    },
    async all(): Promise<ManualRecord[]> {
      const everything = await area.get(null);
      return Object.entries(everything)
        .filter(([key]) => key.startsWith(MANUAL_PREFIX))
        .map(([, raw]) => upgrade(ITEMS.manual, raw))
        .filter((r): r is ManualRecord => r !== null);
    },
    async setChecklist(key: string, checklist: ChecklistId[]): Promise<ManualRecord | null> {
      const record = await read(key);
      if (!record) return null;
      const updated = { ...record, checklist: [...new Set(checklist)] };
      await area.set({ [key]: updated });
      return updated;
    },
    async setEvidence(key: string, evidence: EvidenceId[]): Promise<ManualRecord | null> {
      const record = await read(key);
      if (!record) return null;
      const updated = { ...record, evidence: [...new Set(evidence)] };
      await area.set({ [key]: updated });
      return updated;
    },
    async remove(key: string): Promise<boolean> {
      if (!(await read(key))) return false;
      await area.remove(key);
      return true;
    },
  };
}
