// Splits a document into blocks of prose (paragraphs, headings, list items) before the Dutch
// parser sees it. Everything that is not prose (Markdown syntax, code, URLs, e-mail addresses)
// is replaced by spaces of the same length, so offsets into the block are offsets into the
// document and line breaks stay where they were.
import type {Root as MdastRoot, Nodes as MdastNodes} from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {maskControlComments} from './inline-control.js';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell';

export interface Block {
  kind: BlockKind;
  /** Offset of the block's first character in the document. */
  start: number;
  /** The block's text with non-prose masked; same length as the source slice. */
  text: string;
}

// URLs and e-mail addresses are not prose: no word list, syllable count or spelling applies.
const urlOrEmail =
  /\b(?:https?:\/\/|www\.)[^\s<>()"']*[^\s<>()"'.,;:!?]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;

export function maskUrls(text: string): string {
  return text.replace(urlOrEmail, (match) => ' '.repeat(match.length));
}

// --- Plain text -----------------------------------------------------------------------------

const listMarker = /^[ \t]*(?:[-*•–·▪◦]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]+\S/;
const endsSentence = /[.!?…:;,]["'”’)\]]*$/;
const continuesLine = /[,;:(/–-]$/;
// Lines that end in one of these words run on into the next line, even if it starts with a capital.
const functionWord = new Set(
  'de het een van en of in op voor met aan te door bij naar om die dat als tot uit over onder zijn is wordt worden heeft hebben u we wij ons onze uw mijn zij ze hun hij zich niet ook nog dan maar want dus omdat zodat waar waarin waarmee'.split(
    ' ',
  ),
);

interface Line {
  start: number;
  text: string;
}

function splitLines(doc: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of doc.split(/\r?\n|\r/)) {
    lines.push({start, text: part});
    start += part.length;
    // Advance past the line ending that split() removed.
    if (doc[start] === '\r' && doc[start + 1] === '\n') start += 2;
    else if (start < doc.length) start += 1;
  }
  return lines;
}

/** Does a single line break between these two lines end the sentence (a heading or a list item)? */
function breaksBetween(previous: string, next: string, wrapped: boolean): boolean {
  if (listMarker.test(next)) return true;
  const prev = previous.trim();
  const following = next.trim();
  if (!prev || !following) return true;
  if (endsSentence.test(prev)) return false; // The parser ends the sentence itself where it should.
  if (continuesLine.test(prev)) return false;
  if (!/^[\p{Lu}\d"'“‘(]/u.test(following)) return false;
  const lastWord = prev.split(/\s+/).pop()!.toLowerCase();
  if (functionWord.has(lastWord)) return false;
  // In hard-wrapped text a long line that runs on into a capitalised name is a wrap, not a heading.
  if (wrapped && prev.split(/\s+/).length > 12) return false;
  return true;
}

export function plainBlocks(doc: string): Block[] {
  const masked = maskControlComments(maskUrls(doc));
  const lines = splitLines(masked);
  // A text whose lines are all short is hard-wrapped; one with long lines has a paragraph per line.
  const longest = lines.reduce((max, line) => Math.max(max, line.text.length), 0);
  const wrapped = longest > 0 && longest <= 100;
  const blocks: Block[] = [];
  let current: Line[] = [];
  let currentIsList = false;
  const flush = () => {
    if (current.length === 0) return;
    const start = current[0].start;
    const last = current[current.length - 1];
    let text = masked.slice(start, last.start + last.text.length);
    // The list marker is layout, not a word of the item.
    if (currentIsList) text = text.replace(/^([ \t]*)(\S+)/, (_, space: string, marker: string) => space + ' '.repeat(marker.length));
    const single = current.length === 1 ? current[0].text.trim() : '';
    const kind: BlockKind = currentIsList
      ? 'list-item'
      : single && looksLikeHeading(single)
        ? 'heading'
        : 'paragraph';
    blocks.push({kind, start, text});
    current = [];
    currentIsList = false;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line.text.trim()) {
      flush();
      continue;
    }
    if (current.length > 0) {
      const previous = current[current.length - 1].text;
      // A list item runs on over indented continuation lines only.
      const listContinues = currentIsList && /^[ \t]+\S/.test(line.text) && !listMarker.test(line.text);
      if ((currentIsList && !listContinues) || (!currentIsList && breaksBetween(previous, line.text, wrapped))) {
        flush();
      }
    }
    if (current.length === 0) currentIsList = listMarker.test(line.text);
    current.push(line);
  }
  flush();
  return blocks;
}

function looksLikeHeading(line: string): boolean {
  if (endsSentence.test(line) && !/[?!]$/.test(line)) return false;
  const words = line.split(/\s+/).length;
  // A question on its own line is the usual heading in plain-language texts ("Wat moet u doen?").
  if (/[?]$/.test(line)) return words <= 8;
  return words <= 7 && /^[\p{Lu}\d]/u.test(line);
}

// --- Markdown -------------------------------------------------------------------------------

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

export function markdownBlocks(doc: string): Block[] {
  const tree = markdownParser.parse(doc) as MdastRoot;
  const blocks: Block[] = [];
  const visit = (node: MdastNodes, inList: boolean) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const kind: BlockKind =
          node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : inList ? 'list-item' : 'paragraph';
        const block = proseBlock(doc, node, kind);
        if (block) blocks.push(block);
        return;
      }
      case 'listItem':
        // Only the first paragraph of an item is the item; later ones are ordinary paragraphs inside it.
        node.children.forEach((child, index) => visit(child, index === 0));
        return;
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child as MdastNodes, false);
    }
  };
  visit(tree, false);
  return blocks;
}

function proseBlock(doc: string, node: MdastNodes & {children: MdastNodes[]}, kind: BlockKind): Block | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  // Start from a fully masked slice and copy back only the characters of text nodes.
  // UTF-16 code units, so that array indexes are document offsets minus `start`.
  const chars: string[] = doc.slice(start, end).split('').map((char) => (char === '\n' || char === '\r' ? char : ' '));
  const copy = (inline: MdastNodes) => {
    if (inline.type === 'text') {
      const from = inline.position?.start.offset;
      const to = inline.position?.end.offset;
      if (from === undefined || to === undefined) return;
      for (let offset = from; offset < to; offset++) {
        const char = doc[offset];
        // A backslash escape shows only the escaped character.
        chars[offset - start] = char === '\\' && /[!-/:-@[-`{-~]/.test(doc[offset + 1] ?? '') ? ' ' : char;
      }
      return;
    }
    if (inline.type === 'inlineCode' || inline.type === 'html' || inline.type === 'image' || inline.type === 'imageReference') return;
    if ('children' in inline) for (const child of inline.children) copy(child as MdastNodes);
  };
  for (const child of node.children) copy(child);
  const text = maskUrls(chars.join(''));
  if (!text.trim()) return undefined;
  return {kind, start, text};
}

// --- Markdown, a changed part at a time -------------------------------------------------------

/**
 * The blocks of a Markdown document, parsing again only the parts that changed since the last
 * call with the same cache. The document is cut where Markdown cannot carry anything over: a
 * blank line followed by a line that starts in the first column, outside code fences, HTML
 * comments and raw HTML blocks. A document with link or footnote definitions (used anywhere) or
 * with processing instructions is parsed whole, as is the front matter with what follows it.
 */
export function markdownBlocksCached(doc: string, cache: Map<string, Block[]>): {blocks: Block[]; cache: Map<string, Block[]>} {
  const next = new Map<string, Block[]>();
  const blocks: Block[] = [];
  for (const part of markdownParts(doc)) {
    let relative = cache.get(part.text) ?? next.get(part.text);
    if (!relative) relative = markdownBlocks(part.text);
    next.set(part.text, relative);
    for (const block of relative) blocks.push({...block, start: block.start + part.start});
  }
  return {blocks, cache: next};
}

const definition = /^ {0,3}\[[^\]]+\]:/m;
const rawHtmlOpen = /^ {0,3}<(script|pre|style|textarea)[\s>]/i;

export function markdownParts(doc: string): {start: number; text: string}[] {
  if (definition.test(doc) || /^ {0,3}<(\?|!\[|![A-Za-z])/m.test(doc)) return [{start: 0, text: doc}];
  const cuts: number[] = [0];
  let offset = 0;
  let fence: string | undefined;
  let closing: string | undefined; // what ends an open HTML comment or raw HTML block
  let frontMatter = /^(---|\+\+\+)\r?\n/.test(doc);
  let blank = false;
  let first = true;
  while (offset < doc.length) {
    let end = doc.indexOf('\n', offset);
    if (end === -1) end = doc.length;
    const line = doc.slice(offset, end).replace(/\r$/, '');
    if (frontMatter) {
      if (!first && /^(---|\+\+\+|\.\.\.)\s*$/.test(line)) frontMatter = false;
    } else if (closing) {
      if (line.toLowerCase().includes(closing)) closing = undefined;
    } else if (fence) {
      if (new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(line)) fence = undefined;
    } else if (line.trim() === '') {
      blank = true;
    } else {
      if (blank && /^\S/.test(line) && offset > 0) cuts.push(offset);
      blank = false;
      const opened = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (opened) fence = opened[1];
      else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) closing = '-->';
      else {
        const raw = rawHtmlOpen.exec(line);
        if (raw && !line.toLowerCase().includes(`</${raw[1].toLowerCase()}>`)) closing = `</${raw[1].toLowerCase()}>`;
      }
    }
    first = false;
    offset = end + 1;
  }
  return cuts.map((start, index) => ({start, text: doc.slice(start, cuts[index + 1] ?? doc.length)}));
}
