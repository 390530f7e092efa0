// Our UI takes the page's own light or dark, not the system's: a near-black panel on a white
// marketplace page (or the reverse) is a slab that pulls the eye from the page. The buyer may choose
// light or dark for good in the options instead (settings "theme").

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

/** The colours our UI on this page takes: the buyer's choice in the options, else the page's own. */
export function resolveTheme(choice: 'page' | 'light' | 'dark' | undefined, doc: Document): 'light' | 'dark' {
  return choice === 'light' || choice === 'dark' ? choice : pageTheme(doc);
}
