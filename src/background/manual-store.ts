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
  /** The record with the buyer's ticks replaced; null for a key that holds no hand-tracked order. */
  async function update(key: string, ticks: Pick<ManualRecord, 'checklist'> | Pick<ManualRecord, 'evidence'>): Promise<ManualRecord | null> {
    const record = await read(key);
    if (!record) return null;
    const updated = { ...record, ...ticks };
    await area.set({ [key]: updated });
    return updated;
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
    setChecklist: (key: string, checklist: ChecklistId[]) => update(key, { checklist: [...new Set(checklist)] }),
    setEvidence: (key: string, evidence: EvidenceId[]) => update(key, { evidence: [...new Set(evidence)] }),
    async remove(key: string): Promise<boolean> {
      if (!(await read(key))) return false;
      await area.remove(key);
      return true;
    },
  };
}
