// docs/rules.md is generated from the tables; this test fails when it drifts and, run with
// UPDATE_RULES_DOC=1, writes the current output instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules';
import { formatDuration, renderRulesDoc } from '../../src/rules/rules-doc';

const PATH = 'docs/rules.md';

describe('docs/rules.md', () => {
  const doc = renderRulesDoc();

  it('matches the rule tables', () => {
    if (process.env.UPDATE_RULES_DOC === '1') writeFileSync(PATH, doc);
    let committed = '';
    try {
      committed = readFileSync(PATH, 'utf8');
    } catch {
      // a missing file is a difference like any other
    }
    expect(committed, 'docs/rules.md is stale: run UPDATE_RULES_DOC=1 npx vitest run tests/rules/rules-doc.test.ts').toBe(doc);
  });

  it('has one line per rule, each with its id and source', () => {
    const rows = doc.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| marketplace') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(RULES.length);
    RULES.forEach((rule, i) => {
      expect(rows[i]).toContain(`\`${rule.id}\``);
      expect(rows[i]).toContain(rule.source.replace(/\|/g, '\\|'));
    });
  });

  it('writes durations the way a buyer reads them', () => {
    expect(formatDuration({ days: 14 })).toBe('14 d');
    expect(formatDuration({ hours: 24 })).toBe('24 h');
    expect(formatDuration({ days: 1, hours: 12 })).toBe('1 d 12 h');
    expect(formatDuration(undefined)).toBe('page countdown only');
  });
});
