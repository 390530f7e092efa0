import { afterEach, describe, expect, it } from 'vitest';
import { pageTheme } from '../../src/content/theme';

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
