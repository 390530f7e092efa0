// Draws the toolbar icon (a clock face) at each size the manifest names. Run once; the PNGs are committed.
import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) pixel(x, y).forEach((v, i) => (raw[y * (size * 4 + 1) + 1 + x * 4 + i] = v));
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Distance from point p to segment a-b, all in unit coordinates centred on the icon.
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function shade(u, v) {
  const r = Math.hypot(u, v);
  if (r > 0.96) return null;
  if (r > 0.8) return [11, 87, 208];
  const hand = Math.min(segment(u, v, 0, 0, 0, -0.55), segment(u, v, 0, 0, 0.38, 0.16));
  if (hand < 0.075) return [29, 29, 31];
  return [255, 255, 255];
}

for (const size of [16, 32, 48, 128]) {
  const samples = 4;
  const buf = png(size, (x, y) => {
    let acc = [0, 0, 0], hits = 0;
    for (let i = 0; i < samples; i++) for (let j = 0; j < samples; j++) {
      const u = ((x + (i + 0.5) / samples) / size) * 2 - 1;
      const v = ((y + (j + 0.5) / samples) / size) * 2 - 1;
      const c = shade(u, v);
      if (c) { acc = acc.map((a, k) => a + c[k]); hits++; }
    }
    if (!hits) return [0, 0, 0, 0];
    return [...acc.map((a) => Math.round(a / hits)), Math.round((255 * hits) / samples ** 2)];
  });
  writeFileSync(`public/icons/icon-${size}.png`, buf);
}
