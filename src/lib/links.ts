// Links taken from a page are followed only when they are https: on a marketplace's own host.
const MARKETPLACE_HOSTS = /(^|\.)(aliexpress\.(com|ru|us)|taobao\.com|tmall\.com|1688\.com)$/;

export function safeOrderLink(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && MARKETPLACE_HOSTS.test(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}
