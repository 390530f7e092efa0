import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
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
    deleteMarketplace: vi.fn(async () => 12),
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

  it('states the import limits, and refuses a larger file without reading it', async () => {
    const { data } = show();
    expect(document.getElementById('bc-import-limits')?.textContent).toBe('A file of up to 10 MB and 10,000 orders.');
    const input = document.querySelector<HTMLInputElement>('input[name="import"]')!;
    const big = new File(['x'], 'big.json');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { value: [big] });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByText(/larger than an import takes/)).toBeTruthy());
    expect(data.importFile).not.toHaveBeenCalled();
  });

  it('deletes one marketplace’s orders only after a confirmation, and says how many went', async () => {
    const { data } = show();
    fireEvent.change(document.querySelector('select[name="delete-market"]')!, { target: { value: '1688' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete this marketplace’s orders' }));
    expect(data.deleteMarketplace).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog').textContent).toContain('1688');
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete this marketplace’s orders' }));
    await waitFor(() => expect(screen.getByText('Deleted 12 order(s).')).toBeTruthy());
    expect(data.deleteMarketplace).toHaveBeenCalledWith('1688');
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

  it('says in short what the privacy policy says: what it reads, where it keeps it, that it sends nothing', () => {
    show();
    const section = screen.getByRole('region', { name: 'Privacy' });
    expect(section.textContent).toContain('reads only the marketplace order pages you open');
    expect(section.textContent).toContain('storage.local');
    expect(section.textContent).toContain('storage.sync');
    expect(section.textContent).toContain('It sends nothing anywhere');
  });
});

describe('Options wording', () => {
  it('says which deadlines the lead times apply to, with an example, and "Saved." beside the control changed', () => {
    const onChange = vi.fn();
    const data = {
      exportJson: vi.fn(async () => {}), exportCsv: vi.fn(async () => {}), exportIcs: vi.fn(async () => {}),
      importFile: vi.fn(async () => 'not-an-export' as const), deleteAll: vi.fn(async () => true), deleteMarketplace: vi.fn(async () => 0),
    };
    const { rerender } = render(<Options settings={DEFAULT_SETTINGS} saved={false} onChange={onChange} data={data} t={t} />);
    expect(screen.getByText(/^Buyer Clock reminds you this long before each deadline that is yours to meet .+ Example: with “1 day before” ticked/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Taobao'));
    rerender(<Options settings={DEFAULT_SETTINGS} saved onChange={onChange} data={data} t={t} />);
    const saved = screen.getByText('Saved.');
    expect(saved.closest('section')?.getAttribute('aria-labelledby')).toBe('bc-markets');
  });

  it('offers "Match the page", "Light" and "Dark", "Match the page" chosen, with "Saved." beside it once changed', () => {
    const onChange = vi.fn();
    const data = {
      exportJson: vi.fn(async () => {}), exportCsv: vi.fn(async () => {}), exportIcs: vi.fn(async () => {}),
      importFile: vi.fn(async () => 'not-an-export' as const), deleteAll: vi.fn(async () => true), deleteMarketplace: vi.fn(async () => 0),
    };
    const { rerender } = render(<Options settings={DEFAULT_SETTINGS} saved={false} onChange={onChange} data={data} t={t} />);
    const group = screen.getByRole('radiogroup', { name: 'Colours' });
    expect(within(group).getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual(['Match the page', 'Light', 'Dark']);
    expect((screen.getByLabelText('Match the page') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Dark'));
    expect(onChange.mock.calls[0]![0]).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    rerender(<Options settings={{ ...DEFAULT_SETTINGS, theme: 'dark' }} saved onChange={onChange} data={data} t={t} />);
    expect(screen.getByText('Saved.').closest('section')?.getAttribute('aria-labelledby')).toBe('bc-theme');
    expect((screen.getByLabelText('Dark') as HTMLInputElement).checked).toBe(true);
  });
});
