#!/usr/bin/env node
// Maakt de pictogrammen van de Word-invoegtoepassing: extension/word/assets/icon-{16,32,64,80}.png.
//
// Een donkerblauw vierkant met een witte "H". Het script gebruikt alleen node:zlib (deflate en
// crc32) om de PNG-bestanden te schrijven; de randen van de letter worden zacht gemaakt door
// per pixel 8x8 monsters te nemen. De uitvoer is bij elke run byte voor byte gelijk.
//
// Gebruik: node scripts/make-word-icons.mjs [uitvoermap]

import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {crc32, deflateSync} from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = resolve(process.argv[2] ?? join(root, 'extension/word/assets'));
const sizes = [16, 32, 64, 80];

const background = [0x15, 0x42, 0x73]; // donkerblauw
const foreground = [0xff, 0xff, 0xff]; // wit

/** Is the point (x, y), in units of the icon's side (0..1), inside the letter H? */
function insideH(x, y) {
  const top = 0.2;
  const bottom = 0.8;
  const left = 0.24;
  const right = 0.76;
  const stem = 0.14; // width of the vertical strokes
  const bar = 0.12; // height of the cross bar
  if (y < top || y > bottom || x < left || x > right) return false;
  if (x <= left + stem || x >= right - stem) return true;
  return Math.abs(y - 0.5) <= bar / 2;
}

/** RGBA pixels of one icon, rows top to bottom. */
function drawIcon(size) {
  const samples = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          if (insideH((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) hits++;
        }
      }
      const coverage = hits / (samples * samples);
      const offset = (py * size + px) * 4;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(background[channel] * (1 - coverage) + foreground[channel] * coverage);
      }
      pixels[offset + 3] = 0xff;
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG file: 8-bit RGBA, no interlacing, filter type 0 on every row. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let row = 0; row < size; row++) {
    raw[row * (stride + 1)] = 0; // filter: none
    pixels.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, {level: 9})),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outputDir, {recursive: true});
for (const size of sizes) {
  const file = join(outputDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`${file} (${size}x${size})`);
}
