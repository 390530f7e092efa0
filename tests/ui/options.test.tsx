import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Options } from '../../src/options/Options';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { translateFrom } from '../../src/lib/i18n';
import en from '../../public/_locales/en/messages.json';

const t = translateFrom(en);

function show() {
  const onChange = vi.fn();
  const data = {
    exportJson: vi.fn(async () => {}), exportCsv: vi.fn(async () => {}), exportIcs: vi.fn(async () => {}),
    importFile: vi.fn(async () => 'not-an-export' as const), deleteAll: vi.fn(async () => true),
  };
  render(<Options settings={DEFAULT_SETTINGS} saved={false} onChange={onChange} data={data} t={t} />);
  return { onChange, data };
}

describe('Options', () => {
  it('offers the default lead times ticked, and keeps them longest first when one is added', () => {
    const { onChange } = show();
    expect((screen.getByLabelText('3 days before') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('3 hours before') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(document.querySelector('input[name="lead-60"]')!);
    expect(onChange.mock.calls[0]![0].leadMinutes).toEqual([4320, 1440, 180, 60]);
  });

  it('switches a marketplace off', () => {
    const { onChange } = show();
    fireEvent.click(screen.getByLabelText('Taobao'));
    expect(onChange.mock.calls[0]![0].marketplaces.taobao).toBe(false);
  });

  it('deletes all data only after a confirmation', async () => {
    const { data } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect(data.deleteAll).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(screen.getByText('All data deleted.')).toBeTruthy());
    expect(data.deleteAll).toHaveBeenCalledTimes(1);
  });
});

describe('Options wording', () => {
  it('says which deadlines the lead times apply to, with an example, and "Saved." beside the control changed', () => {
    const onChange = vi.fn();
    const data = {
      exportJson: vi.fn(async () => {}), exportCsv: vi.fn(async () => {}), exportIcs: vi.fn(async () => {}),
      importFile: vi.fn(async () => 'not-an-export' as const), deleteAll: vi.fn(async () => true),
    };
    const { rerender } = render(<Options settings={DEFAULT_SETTINGS} saved={false} onChange={onChange} data={data} t={t} />);
    expect(screen.getByText(/^Buyer Clock reminds you this long before each deadline that is yours to meet .+ Example: with “1 day before” ticked/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Taobao'));
    rerender(<Options settings={DEFAULT_SETTINGS} saved onChange={onChange} data={data} t={t} />);
    const saved = screen.getByText('Saved.');
    expect(saved.closest('section')?.getAttribute('aria-labelledby')).toBe('bc-markets');
  });
});
