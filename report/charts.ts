// Small bar charts as plain SVG, written into the report itself: a chart library would add more
// to every report than all its charts together. Each chart has a text alternative and its
// figures in a table, so it reads without sight and without colour.
import {escapeHtml} from './highlight.js';

export interface Bar {
  label: string;
  value: number;
  /** Marks a bar as past the chart's threshold (drawn dark and hatched, not only in another colour). */
  over?: boolean;
}

export interface BarChartOptions {
  /** Unique in the page: ids of the title and hatch pattern derive from it. */
  id: string;
  title: string;
  /** One sentence on what the chart shows, read out as its description. */
  description: string;
  bars: Bar[];
  /** A reference line, with what it means (e.g. 20 words, "grens lange zin"). */
  threshold?: {value: number; label: string};
  /** Column headings of the figures table. */
  columns: [string, string];
  /** Horizontal bars with their labels (few bars with long names), or vertical bars (many). */
  horizontal?: boolean;
  /** Lowest value on the axis (Flesch-Douma can be below 0). */
  min?: number;
}

const number = (value: number) => value.toLocaleString('nl-NL', {maximumFractionDigits: 1});

export function barChart(options: BarChartOptions): string {
  const svg = options.horizontal ? horizontalBars(options) : verticalBars(options);
  const rows = options.bars.map((bar) => `<tr><th scope="row">${escapeHtml(bar.label)}</th><td>${number(bar.value)}</td></tr>`).join('');
  return (
    `<figure class="chart" aria-labelledby="${options.id}-caption">${svg}` +
    `<figcaption id="${options.id}-caption"><strong>${escapeHtml(options.title)}.</strong> ${escapeHtml(options.description)}</figcaption>` +
    `<details><summary>Cijfers van deze grafiek</summary><table><caption class="visually-hidden">${escapeHtml(options.title)}</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(options.columns[0])}</th><th scope="col">${escapeHtml(options.columns[1])}</th></tr></thead><tbody>${rows}</tbody></table></details></figure>`
  );
}

function hatch(id: string): string {
  return `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#a4161a"/><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/></pattern></defs>`;
}

function scale(options: BarChartOptions): {low: number; high: number} {
  const values = options.bars.map((bar) => bar.value).concat(options.threshold ? [options.threshold.value] : []);
  const low = Math.min(options.min ?? 0, ...values);
  const high = Math.max(1, ...values);
  return {low, high: high === low ? low + 1 : high};
}

function verticalBars(options: BarChartOptions): string {
  const width = 640;
  const height = 200;
  const left = 36;
  const bottom = 20;
  const top = 10;
  const {low, high} = scale(options);
  const plot = height - bottom - top;
  const y = (value: number) => top + plot - ((value - low) / (high - low)) * plot;
  const step = (width - left) / Math.max(1, options.bars.length);
  const barWidth = Math.max(1, Math.min(24, step * 0.8));
  const bars = options.bars
    .map((bar, index) => {
      const x = left + index * step + (step - barWidth) / 2;
      const from = y(Math.max(0, low));
      const to = y(bar.value);
      return `<rect x="${x.toFixed(1)}" y="${Math.min(from, to).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${Math.max(0.5, Math.abs(from - to)).toFixed(1)}" fill="${bar.over ? `url(#${options.id}-hatch)` : '#154273'}"><title>${escapeHtml(`${bar.label}: ${number(bar.value)}`)}</title></rect>`;
    })
    .join('');
  const axis = `<line x1="${left}" y1="${y(Math.max(0, low)).toFixed(1)}" x2="${width}" y2="${y(Math.max(0, low)).toFixed(1)}" stroke="#1a1a1a"/>`;
  const ticks = [low, high].map((value) => `<text x="${left - 4}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end">${number(Math.round(value))}</text>`).join('');
  return svgFrame(options, width, height, hatch(options.id) + axis + ticks + bars + thresholdLine(options, y, left, width));
}

function horizontalBars(options: BarChartOptions): string {
  const width = 640;
  const row = 22;
  const labelWidth = 270;
  const height = options.bars.length * row + 10;
  const {low, high} = scale(options);
  const x = (value: number) => labelWidth + ((value - low) / (high - low)) * (width - labelWidth - 40);
  const bars = options.bars
    .map((bar, index) => {
      const top = 5 + index * row;
      return (
        `<text x="${labelWidth - 6}" y="${top + 15}" text-anchor="end">${escapeHtml(shorten(bar.label))}</text>` +
        `<rect x="${x(0).toFixed(1)}" y="${top + 3}" width="${Math.max(0.5, x(bar.value) - x(0)).toFixed(1)}" height="${row - 8}" fill="${bar.over ? `url(#${options.id}-hatch)` : '#154273'}"/>` +
        `<text x="${(x(bar.value) + 4).toFixed(1)}" y="${top + 15}">${number(bar.value)}</text>`
      );
    })
    .join('');
  let threshold = '';
  if (options.threshold) {
    const at = x(options.threshold.value).toFixed(1);
    threshold = `<line x1="${at}" y1="0" x2="${at}" y2="${height}" stroke="#1a1a1a" stroke-dasharray="6 4"/><text x="${at}" y="${height + 14}" text-anchor="middle">${escapeHtml(options.threshold.label)}</text>`;
  }
  return svgFrame(options, width, height + (options.threshold ? 18 : 0), hatch(options.id) + bars + threshold);
}

/** Long names (file paths) are cut from the front in the chart; the table under it has them whole. */
function shorten(label: string, max = 40): string {
  return label.length <= max ? label : `…${label.slice(label.length - max + 1)}`;
}

function thresholdLine(options: BarChartOptions, y: (value: number) => number, left: number, width: number): string {
  if (!options.threshold) return '';
  const at = y(options.threshold.value).toFixed(1);
  return `<line x1="${left}" y1="${at}" x2="${width}" y2="${at}" stroke="#1a1a1a" stroke-dasharray="6 4"/><text x="${width - 2}" y="${(Number(at) - 4).toFixed(1)}" text-anchor="end">${escapeHtml(options.threshold.label)}</text>`;
}

function svgFrame(options: BarChartOptions, width: number, height: number, content: string): string {
  return `<svg class="chart-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${options.id}-caption" focusable="false">${content}</svg>`;
}
