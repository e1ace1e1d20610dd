#!/usr/bin/env node
'use strict';
// Draws the extension icon, images/icon.png (128×128 RGBA): a page of text with a quotation mark, under a
// lens. Plain geometry, 4×4 supersampled, written as a PNG with node's zlib; no image library, no download.
// `node scripts/icon.js` rewrites the file; the PNG is committed.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZE = 128;
const SS = 4;

// Shapes as signed-distance-ish predicates over (x, y) in icon pixels; later shapes paint over earlier ones.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return dx * dx + dy * dy <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r0, r1) => (x, y) => {
  const d = (x - cx) ** 2 + (y - cy) ** 2;
  return d <= r1 * r1 && d >= r0 * r0;
};
/** A thick segment from (ax, ay) to (bx, by) with round caps. */
const bar = (ax, ay, bx, by, w) => (x, y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= (w / 2) ** 2;
};
const and = (a, b) => (x, y) => a(x, y) && b(x, y);
const not = (a) => (x, y) => !a(x, y);

const NAVY = [22, 41, 74, 255];
const PAPER = [246, 243, 234, 255];
const INK = [120, 128, 140, 255];
const AMBER = [242, 166, 35, 255];
const GLASS = [164, 214, 245, 120];
const RIM = [250, 250, 250, 255];

const lens = { cx: 78, cy: 76, r: 30 };
const layers = [
  [roundRect(0, 0, 127, 127, 24), NAVY],
  [roundRect(20, 16, 92, 112, 6), PAPER],
  // Lines of text on the page.
  ...[34, 46, 58, 70, 82, 94].map((y, i) => [roundRect(30, y, i % 3 === 2 ? 64 : 82, y + 5, 2.5), INK]),
  // A curly opening quotation mark: two dots with tails.
  [circle(37, 31, 7), AMBER],
  [circle(53, 31, 7), AMBER],
  [and(ring(41, 31, 6, 11), (x, y) => x < 37 && y < 31), AMBER],
  [and(ring(57, 31, 6, 11), (x, y) => x < 53 && y < 31), AMBER],
  // The lens: tinted glass, a white rim and a handle.
  [circle(lens.cx, lens.cy, lens.r), GLASS],
  [ring(lens.cx, lens.cy, lens.r - 5, lens.r + 1), RIM],
  [and(bar(lens.cx + 23, lens.cy + 23, 114, 114, 13), not(circle(lens.cx, lens.cy, lens.r))), AMBER],
];

function over(dst, src) {
  const a = src[3] / 255;
  return [0, 1, 2].map((k) => dst[k] * (1 - a) + src[k] * a).concat([Math.min(255, dst[3] + src[3] * (1 - dst[3] / 255))]);
}

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let c = [0, 0, 0, 0];
        for (const [shape, colour] of layers) if (shape(x, y)) c = c[3] === 0 ? colour.slice() : over(c, colour);
        // Premultiply so transparent samples do not darken the edges.
        for (let k = 0; k < 3; k++) acc[k] += c[k] * (c[3] / 255);
        acc[3] += c[3];
      }
    }
    const n = SS * SS;
    const o = (py * SIZE + px) * 4;
    const alpha = acc[3] / n;
    for (let k = 0; k < 3; k++) rgba[o + k] = alpha ? Math.round((acc[k] / n) * (255 / alpha)) : 0;
    rgba[o + 3] = Math.round(alpha);
  }
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(__dirname, '..', 'images', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(process.cwd(), out)} (${png.length} bytes)`);
