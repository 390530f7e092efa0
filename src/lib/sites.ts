// The sites whose order pages we show the sidebar on, by registrable domain: where the buyer put the
// sidebar is remembered for each, so the order, list and refund pages of one marketplace agree. A fixed
// list, so what is kept stays small whatever a page sends.
import * as z from 'zod/mini';

const SITES = ['aliexpress.com', 'aliexpress.ru', 'aliexpress.us', 'taobao.com', 'tmall.com', '1688.com'] as const;
export const Site = z.enum(SITES);
export type Site = z.infer<typeof Site>;

/** Which side of the page the sidebar and its pill keep to. */
export const Side = z.enum(['left', 'right']);
export type Side = z.infer<typeof Side>;

/** The site a page's host belongs to; null for any other host. */
export function siteOf(hostname: string): Site | null {
  const host = hostname.toLowerCase();
  return SITES.find((site) => host === site || host.endsWith(`.${site}`)) ?? null;
}
