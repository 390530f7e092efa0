// Order numbers, links and the words a problem report uses for an order, the same on every marketplace.
// Each marketplace says only how long its order numbers run.

/** Finding one marketplace's order numbers: in a text, or in a URL's query parameters. */
export type OrderNumbers = {
  /** The first order number in a text (an attribute, a labelled value); null when there is none. */
  numberIn(text: string | null | undefined): string | null;
  /** The order number in the first of a URL's query parameters that holds one; null when absent. */
  inParam(url: string | null, ...names: string[]): string | null;
};

/** Order numbers of `min` to `max` digits: anything this long is an id, never a price or a date. */
export function orderNumbers(min: number, max: number): OrderNumbers {
  const pattern = new RegExp(String.raw`(?<!\d)(\d{${min},${max}})(?!\d)`);
  const numberIn = (text: string | null | undefined) => (text && pattern.exec(text)?.[1]) || null;
  return {
    numberIn,
    inParam(url, ...names) {
      if (!url) return null;
      try {
        const params = new URL(url).searchParams;
        for (const name of names) {
          const id = numberIn(params.get(name));
          if (id) return id;
        }
      } catch {
        // not a URL: no id
      }
      return null;
    },
  };
}

/** A link's target made absolute against the page; null when it is not an http(s) link (https only when asked). */
export function absoluteUrl(href: string | null | undefined, pageUrl: string, only: 'http(s)' | 'https' = 'http(s)'): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, pageUrl);
    return u.protocol === 'https:' || (only === 'http(s)' && u.protocol === 'http:') ? u.href : null;
  } catch {
    return null;
  }
}

/** How a problem names an order: enough to find it again, not the whole number. */
export function orderRef(orderId: string): string {
  return `order ${orderId.slice(0, 4)}…${orderId.slice(-4)}`;
}
