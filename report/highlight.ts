// A document's text as HTML with its findings highlighted, Hemingway-style, for the HTML report,
// the comparison and the workshop page. No Node-only imports: the workshop runs it in a browser.
//
// Text from a document never becomes markup: every piece of it goes through escapeHtml.
// Findings may overlap (a long sentence holds a jargon word), so the text is cut at every
// finding's start and end and each piece is one flat element: no overlapping tags.
import type {Finding} from '../lint-rules/index.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * How a rule looks in the text. Colour alone does not tell rules apart for colour-blind readers
 * or on a black-and-white print, so each rule also has its own underline and a number that
 * follows every highlight and appears in the legend.
 */
export interface RuleLook {
  code: number;
  /** Background tint; dark text on it keeps at least 4.5:1 contrast. */
  tint: string;
  /** Underline colour and style (solid, dashed, dotted, double, wavy) and thickness. */
  line: string;
  style: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
  thickness: number;
}

// Sentence rules colour a whole sentence (as Hemingway does); word rules mark words within it.
export const SENTENCE_RULES = new Set(['readability', 'long-sentence', 'paragraph']);

export const ruleLooks: Record<string, RuleLook> = {
  readability: {code: 1, tint: '#fbd3d3', line: '#a4161a', style: 'solid', thickness: 1},
  'long-sentence': {code: 2, tint: '#fdf0b2', line: '#8a6d00', style: 'dotted', thickness: 2},
  paragraph: {code: 3, tint: '#e5e5e5', line: '#555555', style: 'dashed', thickness: 1},
  'long-word': {code: 4, tint: '#dbeafe', line: '#1d4ed8', style: 'dashed', thickness: 2},
  jargon: {code: 5, tint: '#e9d5ff', line: '#6b21a8', style: 'solid', thickness: 3},
  vague: {code: 6, tint: '#ccfbf1', line: '#0f766e', style: 'dotted', thickness: 3},
  abbreviation: {code: 7, tint: '#fde68a', line: '#92400e', style: 'double', thickness: 3},
  nominalization: {code: 8, tint: '#fbcfe8', line: '#9d174d', style: 'wavy', thickness: 2},
  passive: {code: 9, tint: '#bfdbfe', line: '#1e3a8a', style: 'wavy', thickness: 2},
  clamp: {code: 10, tint: '#fed7aa', line: '#9a3412', style: 'double', thickness: 3},
  negation: {code: 11, tint: '#d9f99d', line: '#3f6212', style: 'dashed', thickness: 3},
  'reader-address': {code: 12, tint: '#c7d2fe', line: '#3730a3', style: 'dotted', thickness: 2},
  spelling: {code: 13, tint: '#fecaca', line: '#b91c1c', style: 'wavy', thickness: 1},
};

const fallbackLook: RuleLook = {code: 0, tint: '#eeeeee', line: '#333333', style: 'solid', thickness: 1};
export const lookOf = (ruleId: string): RuleLook => ruleLooks[ruleId] ?? fallbackLook;

/** The style sheet for highlights and the legend; print keeps the tints and lines. */
export function highlightCss(): string {
  const rules = Object.entries(ruleLooks).map(
    ([id, look]) =>
      `.r-${id}{background:${look.tint};text-decoration:underline ${look.style} ${look.line} ${look.thickness}px;text-underline-offset:3px}` +
      `.k-${id}{background:${look.tint};border-bottom:${look.thickness + 1}px ${look.style === 'wavy' ? 'solid' : look.style} ${look.line}}`,
  );
  return [
    '.text p{margin:0 0 1em;white-space:pre-wrap}',
    'mark{color:inherit;-webkit-print-color-adjust:exact;print-color-adjust:exact}',
    '.s-readability,.s-long-sentence,.s-paragraph{-webkit-print-color-adjust:exact;print-color-adjust:exact}',
    '.s-long-sentence{background:#fdf0b2}.s-readability{background:#fbd3d3}.s-paragraph{background:#eeeeee}',
    'a.ref{font-size:.7em;vertical-align:super;line-height:0;margin-left:1px;color:#1a1a1a;text-decoration:none;font-weight:700}',
    'a.ref:focus-visible{outline:3px solid #ffb612}',
    '.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;padding:0;list-style:none}',
    '.legend li{display:flex;align-items:center;gap:.4rem}',
    '.legend .swatch{display:inline-block;min-width:2.2rem;text-align:center;font-weight:700;padding:0 .3rem}',
    ...rules,
  ].join('\n');
}

export interface HighlightOptions {
  /** Prefix of the ids of the findings list's items: a highlight links to `#${prefix}${index}`. */
  findingIdPrefix?: string;
  /** Rule titles by id, for the links' accessible names. */
  titles?: Record<string, string>;
  /** The language at an offset, when the text mixes languages: paragraphs in English get `lang="en"`. */
  languageOf?: (offset: number) => 'nl' | 'en';
}

/**
 * The text as paragraphs (a blank line starts a new one) with each finding highlighted and
 * followed by a small link, numbered with its rule's code, to the finding in the list.
 * `findings` are the report's findings; their index in that array is their number in the list.
 */
export function highlightText(text: string, findings: Finding[], options: HighlightOptions = {}): string {
  const cuts = new Set<number>([0, text.length]);
  for (const finding of findings) {
    cuts.add(finding.start.offset);
    cuts.add(finding.end.offset);
  }
  for (const match of text.matchAll(/\n[ \t]*\n\s*/g)) {
    cuts.add(match.index);
    cuts.add(match.index + match[0].length);
  }
  const points = [...cuts].filter((point) => point >= 0 && point <= text.length).sort((a, b) => a - b);
  // Links come after the last piece of their finding, in the order the findings end.
  const endingAt = new Map<number, number[]>();
  findings.forEach((finding, index) => endingAt.set(finding.end.offset, [...(endingAt.get(finding.end.offset) ?? []), index]));
  const byStart = findings.map((finding, index) => ({finding, index})).sort((a, b) => a.finding.start.offset - b.finding.start.offset);

  const paragraphs: {start: number; html: string}[] = [];
  let current = '';
  let paragraphStart = 0;
  let next = 0;
  const active: {finding: Finding; index: number}[] = [];
  for (let at = 0; at < points.length - 1; at++) {
    const from = points[at];
    const to = points[at + 1];
    while (next < byStart.length && byStart[next].finding.start.offset <= from) active.push(byStart[next++]);
    for (let index = active.length - 1; index >= 0; index--) if (active[index].finding.end.offset <= from) active.splice(index, 1);
    const piece = text.slice(from, to);
    if (/^\n[ \t]*\n\s*$/.test(piece)) {
      paragraphs.push({start: paragraphStart, html: current});
      current = '';
      paragraphStart = to;
    } else if (piece) {
      current += wrap(piece, active.filter((entry) => entry.finding.end.offset >= to).map((entry) => entry.finding));
    }
    for (const index of endingAt.get(to) ?? []) current += reference(findings[index], index, options);
  }
  paragraphs.push({start: paragraphStart, html: current});
  return paragraphs
    .filter((paragraph) => paragraph.html !== '')
    .map((paragraph) => (options.languageOf?.(paragraph.start) === 'en' ? `<p lang="en">${paragraph.html}</p>` : `<p>${paragraph.html}</p>`))
    .join('\n');
}

function wrap(piece: string, covering: Finding[]): string {
  let html = escapeHtml(piece);
  const word = covering.find((finding) => !SENTENCE_RULES.has(finding.ruleId));
  if (word) html = `<mark class="r-${word.ruleId}">${html}</mark>`;
  // The harder of the sentence findings colours the sentence: readability before long-sentence.
  const sentence = ['readability', 'long-sentence', 'paragraph'].find((id) => covering.some((finding) => finding.ruleId === id));
  if (sentence) html = `<span class="s-${sentence}">${html}</span>`;
  return html;
}

function reference(finding: Finding, index: number, options: HighlightOptions): string {
  const look = lookOf(finding.ruleId);
  const title = options.titles?.[finding.ruleId] ?? finding.ruleId;
  // The name starts with the visible number (WCAG 2.5.3, label in name).
  const label = escapeHtml(`${look.code}: melding ${index + 1}, ${title}`);
  return `<a class="ref" href="#${options.findingIdPrefix ?? 'f-'}${index}" aria-label="${label}">${look.code}</a>`;
}

/** The legend: each rule's look (tint, line, number) and title, for the rules that are present. */
export function legendHtml(ruleIds: Iterable<string>, titles: Record<string, string>): string {
  const ids = [...new Set(ruleIds)].sort((a, b) => lookOf(a).code - lookOf(b).code);
  if (ids.length === 0) return '';
  const items = ids.map((id) => `<li><span class="swatch k-${id}">${lookOf(id).code}</span> ${escapeHtml(titles[id] ?? id)}</li>`);
  return `<ul class="legend" aria-label="Legenda">${items.join('')}</ul>`;
}
