// Links taken from a page (or an import, or typed for a hand-tracked order) are followed only when
// they are https: on a marketplace's own host. Kuaishou and Xiaohongshu orders live in their apps, but
// their share links and web pages are on these hosts; Cainiao's station pages on cainiao.com.
const MARKETPLACE_HOSTS = /(^|\.)(aliexpress\.(com|ru|us)|taobao\.com|tmall\.com|1688\.com|kuaishou\.com|xiaohongshu\.com|xhslink\.com|cainiao\.com)$/;

export function safeOrderLink(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && MARKETPLACE_HOSTS.test(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}
