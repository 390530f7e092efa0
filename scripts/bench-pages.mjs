// The benchmark's pages, generated from the invented fixtures in tests/fixtures: each list is
// the fixture's own markup with its orders repeated (round-robin over the fixture's stages) under new
// invented order ids, up to the size the issue asks for. Written to bench/pages/; `npm run bench` runs this.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIXTURES = `${ROOT}tests/fixtures/`;
export const PAGES_DIR = `${ROOT}bench/pages/`;

/** The end (exclusive) of the element that opens at `start`, counting nested tags of the same name. */
function elementEnd(html, start, tag) {
  const re = new RegExp(`<${tag}(?=[\\s>])|</${tag}>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error(`unbalanced <${tag}> at ${start}`);
}

/** Every top-level element that starts with `opening` (a literal), as [start, end) spans. */
function spans(html, opening, tag) {
  const out = [];
  for (let at = html.indexOf(opening); at >= 0; at = html.indexOf(opening, at)) {
    const end = elementEnd(html, at, tag);
    out.push([at, end]);
    at = end;
  }
  return out;
}

/** The fixture with its order blocks replaced by `count` copies, each under a new id. */
function repeatBlocks(html, { opening, tag, idOf, newId, count }) {
  const found = spans(html, opening, tag);
  if (found.length === 0) throw new Error(`no ${opening} in fixture`);
  const blocks = found.map(([s, e]) => html.slice(s, e));
  const copies = [];
  for (let i = 0; i < count; i++) {
    const block = blocks[i % blocks.length];
    copies.push(block.replaceAll(idOf(block), newId(i)));
  }
  const [first] = found[0];
  const last = found[found.length - 1][1];
  // What separated the fixture's blocks (whitespace, mostly) is kept between every copy.
  const gap = found.length > 1 ? html.slice(found[0][1], found[1][0]) : '\n';
  return html.slice(0, first) + copies.join(gap) + html.slice(last);
}

const pad = (prefix, i, width) => prefix + String(20000 + i).padStart(width - prefix.length, '0');

export function aliexpressList(count = 60) {
  const html = readFileSync(`${FIXTURES}aliexpress/list.en.html`, 'utf8');
  return repeatBlocks(html, {
    opening: '<div class="order-item">', tag: 'div', count,
    idOf: (b) => b.match(/Order ID: (\d{12,20})/)[1],
    newId: (i) => pad('81900000', i, 16),
  });
}

/** A JS single-quoted string literal holding `text` (what `JSON.parse('…')` on the page takes). */
function jsString(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/<\//g, '<\\/')}'`;
}

export function taobaoOldList(count = 50) {
  const file = `${FIXTURES}taobao/list-old.html`;
  if (!existsSync(file)) return null;
  let html = readFileSync(file, 'utf8');
  const newId = (i) => pad('41870000000', i, 19);
  // The embedded blob (`var data = JSON.parse('…')`): its mainOrders are what the reader reads first.
  const blob = html.match(/(var data = JSON\.parse\()('(?:[^'\\]|\\.)*')(\);)/);
  if (blob) {
    // The literal is our own fixture's; evaluating it (a string literal, nothing else) decodes its escapes.
    const data = JSON.parse(runInNewContext(blob[2]));
    const orders = data.mainOrders;
    data.mainOrders = Array.from({ length: count }, (_, i) => {
      const o = orders[i % orders.length];
      return JSON.parse(JSON.stringify(o).replaceAll(o.id, newId(i)));
    });
    if (data.page) data.page.totalNumber = count;
    html = html.replace(blob[0], blob[1] + jsString(JSON.stringify(data)) + blob[3]);
  }
  return repeatBlocks(html, {
    opening: '<div data-id="', tag: 'div', count,
    idOf: (b) => b.match(/data-id="(\d+)"/)[1],
    newId,
  });
}

export function list1688(count = 50) {
  const file = `${FIXTURES}1688/list.html`;
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  return repeatBlocks(html, {
    opening: '<order-item data-tracker="order-item">', tag: 'order-item', count,
    idOf: (b) => b.match(/订单号：(\d+)/)[1],
    newId: (i) => pad('39000000000', i, 19),
  });
}

/** Address → { file, orders } for every benchmark page that can be built now. */
export function generatePages() {
  mkdirSync(PAGES_DIR, { recursive: true });
  const pages = {};
  const put = (id, url, html, orders) => {
    if (html === null) return;
    writeFileSync(`${PAGES_DIR}${id}.html`, html);
    pages[id] = { url, file: `bench/pages/${id}.html`, orders };
  };
  put('aliexpress-list-60', 'https://www.aliexpress.com/p/order/index.html', aliexpressList(60), 60);
  put('aliexpress-detail', 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000311',
    readFileSync(`${FIXTURES}aliexpress/detail-shipped.en.html`, 'utf8'), 1);
  put('taobao-old-list-50', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', taobaoOldList(50), 50);
  put('1688-list-50', 'https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html', list1688(50), 50);
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = generatePages();
  for (const [id, p] of Object.entries(pages)) console.log(`${id}: ${p.orders} orders → ${p.file}`);
}
