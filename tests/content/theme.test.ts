import { afterEach, describe, expect, it } from 'vitest';
import { pageTheme, resolveTheme } from '../../src/content/theme';
import { DEFAULT_SETTINGS, SettingsRecord } from '../../src/lib/settings';
import { ITEMS, upgrade } from '../../src/lib/storage';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('pageTheme', () => {
  it('follows the page\'s own background, not the system\'s', () => {
    expect(pageTheme(document)).toBe('light');
    document.body.style.backgroundColor = 'rgb(24, 24, 27)';
    expect(pageTheme(document)).toBe('dark');
    document.body.style.backgroundColor = 'rgba(0, 0, 0, 0)';
    document.documentElement.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(pageTheme(document)).toBe('light');
  });
});

describe('resolveTheme: the options\' choice against the page\'s background', () => {
  const pages = { light: 'rgb(255, 255, 255)', dark: 'rgb(24, 24, 27)' } as const;
  it.each([
    ['page', 'light', 'light'], ['page', 'dark', 'dark'],
    ['light', 'light', 'light'], ['light', 'dark', 'light'],
    ['dark', 'light', 'dark'], ['dark', 'dark', 'dark'],
    // A reply from an older worker names no choice: the page's own.
    [undefined, 'dark', 'dark'], [undefined, 'light', 'light'],
  ] as const)('%s on a %s page is %s', (choice, page, expected) => {
    document.body.style.backgroundColor = pages[page];
    expect(resolveTheme(choice, document)).toBe(expected);
  });
});

describe('the theme setting', () => {
  it('starts as "match the page", and a copy saved before it existed reads as that, the rest kept', () => {
    expect(DEFAULT_SETTINGS.theme).toBe('page');
    const { theme: _theme, ...older } = { ...DEFAULT_SETTINGS, language: 'pl' as const };
    expect(upgrade(ITEMS.settings, older)).toEqual({ ...DEFAULT_SETTINGS, language: 'pl', theme: 'page' });
  });

  it('takes light, dark or page, and nothing else', () => {
    expect(SettingsRecord.safeParse({ ...DEFAULT_SETTINGS, theme: 'dark' }).success).toBe(true);
    expect(SettingsRecord.safeParse({ ...DEFAULT_SETTINGS, theme: 'system' }).success).toBe(false);
  });
});
