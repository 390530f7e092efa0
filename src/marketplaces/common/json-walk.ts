// Typed access to page JSON whose shape nobody promises: each helper answers null (or []) for a value
// of the wrong type instead of throwing, so a reader can say "not found" and go on.

export type JsonObject = Readonly<Record<string, unknown>>;

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string field. Numbers are not turned into strings: page ids above 2^53 arrive already rounded. */
export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The value at a path of keys (and array indexes), or undefined. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let v = value;
  for (const key of path) {
    if (typeof key === 'number') v = asArray(v)[key];
    else v = asObject(v)?.[key];
    if (v === undefined) return undefined;
  }
  return v;
}

/** Every object in value, depth first in document order, that has the given key (bounded depth). */
export function objectsWith(value: unknown, key: string, maxDepth = 12): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > maxDepth) return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
      return;
    }
    const o = asObject(v);
    if (!o) return;
    if (key in o) found.push(o);
    for (const child of Object.values(o)) visit(child, depth + 1);
  };
  visit(value, 0);
  return found;
}
