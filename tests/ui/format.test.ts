// Every deadline is shown in the buyer's time, with the platform's own time beside it when they differ.
import { describe, expect, it } from 'vitest';
import { formatDeadline } from '../../src/ui/format';
import { translateFrom } from '../../src/lib/i18n';
import en from '../../public/_locales/en/messages.json';

const t = translateFrom(en);
/** The buyer's half, as this machine's zone writes it (the suite runs in several zones). */
const local = (iso: string) => new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  .format(new Date(iso));

describe('formatDeadline', () => {
  it('gives a Beijing deadline in the buyer\'s time and in Beijing time', () => {
    const iso = '2026-12-01T06:30:00+08:00';
    // A buyer in Warsaw (UTC+1 in winter).
    expect(formatDeadline(iso, 'en', t, 60)).toBe(`Ends ${local(iso)} your time — Dec 1, 06:30 Beijing`);
  });

  it('gives an AliExpress deadline in Pacific time beside the buyer\'s', () => {
    const iso = '2026-11-30T14:30:00-08:00';
    expect(formatDeadline(iso, 'en', t, 330)).toBe(`Ends ${local(iso)} your time — Nov 30, 14:30 Pacific`);
  });

  it('says the time once when the buyer is in the platform\'s zone', () => {
    const iso = '2026-12-01T06:30:00+08:00';
    expect(formatDeadline(iso, 'en', t, 480)).toBe(`Ends ${local(iso)}`);
  });
});
