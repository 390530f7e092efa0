// Start-up shared by the popup and the options page: the language the buyer chose (the worker hands us
// its messages; "automatic" keeps the browser's own i18n), the page's language tag and its styles.
import browser from '../lib/browser';
import { translateFrom, translateWith, type Translate } from '../lib/i18n';
import type { SettingsReply } from '../lib/page-messages';
import { DEFAULT_SETTINGS, type ThemeChoice } from '../lib/settings-defaults';
import type { SettingsRecord } from '../lib/settings';

export type PageStart = { t: Translate; locale: string; settings: SettingsRecord };

export async function startPage(css: string, titleKey: 'extName' | 'options_title'): Promise<PageStart> {
  const reply = (await browser.runtime.sendMessage({ type: 'get-settings' }).catch(() => null)) as SettingsReply | null;
  const t = reply?.strings ? translateFrom(reply.strings) : translateWith((key, subs) => browser.i18n.getMessage(key, subs));
  const locale = t('locale');
  document.documentElement.lang = locale;
  document.title = t(titleKey);
  // A constructed sheet rather than a <style> element: the pages' policy (style-src 'self') admits no
  // inline style, and none is needed.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const settings = reply?.settings ?? DEFAULT_SETTINGS;
  applyTheme(settings.theme);
  return { t, locale, settings };
}

/** Our own pages have no marketplace page to match: "match the page" follows the system here (popup.css). */
export function applyTheme(theme: ThemeChoice): void {
  if (theme === 'page') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Ask the worker; an error or a refusal reads as null, never as a throw into the UI. */
export async function ask<T extends { ok: boolean }>(message: Record<string, unknown>): Promise<T | null> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as T | undefined;
    return reply?.ok ? reply : null;
  } catch {
    return null;
  }
}
