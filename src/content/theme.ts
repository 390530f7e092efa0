// Our UI takes the page's own light or dark, not the system's: a near-black panel on a white
// marketplace page (or the reverse) is a slab that pulls the eye from the page.

/** The first opaque background from the body up; a page that paints none shows the browser's white. */
export function pageTheme(doc: Document): 'light' | 'dark' {
  const win = doc.defaultView;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el || !win) continue;
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(win.getComputedStyle(el).backgroundColor);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4 ? 'dark' : 'light';
  }
  return 'light';
}
