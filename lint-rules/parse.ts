// Builds one nlcst tree for a document: every block parsed by parse-dutch (the parser behind
// retext-dutch), with positions shifted from the block back into the document.
import type {Paragraph, Punctuation, Root, Sentence, Word} from 'nlcst';
import {toString} from 'nlcst-to-string';
import type {Point} from 'unist';
import {ParseDutch} from 'parse-dutch';
import {type Block, type BlockKind, markdownBlocks, plainBlocks} from './blocks.js';

export type Format = 'plain' | 'markdown';

export interface ParagraphData {
  kind: BlockKind;
}

const parser = new ParseDutch();

/** Offsets to line and column (both 1-based), by binary search over line starts. */
export class PositionIndex {
  private readonly lineStarts: number[] = [0];
  constructor(doc: string) {
    for (let index = 0; index < doc.length; index++) {
      const char = doc.charCodeAt(index);
      if (char === 10 /* \n */ || (char === 13 /* \r */ && doc.charCodeAt(index + 1) !== 10)) {
        this.lineStarts.push(index + 1);
      }
    }
  }
  toPoint(offset: number): {line: number; column: number; offset: number} {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return {line: low + 1, column: offset - this.lineStarts[low] + 1, offset};
  }
}

export function blocksOf(doc: string, format: Format): Block[] {
  return format === 'markdown' ? markdownBlocks(doc) : plainBlocks(doc);
}

export function buildTree(doc: string, format: Format, index = new PositionIndex(doc)): Root {
  return buildParagraphs(doc, format, index).tree;
}

/** A block parsed in an earlier check, kept so that an unchanged paragraph is not parsed again. */
export interface ParsedBlock {
  key: string;
  /** Where the block stood when it was last used. */
  start: number;
  at: Point;
  paragraph: Paragraph;
  /** Every leaf point of the paragraph (parents borrow them), to move the block in one pass. */
  points: Point[];
  /** Whatever the checker keeps beside the block (its paragraph-local findings). */
  extra?: unknown;
}

/** Parsed blocks by kind and text; a check takes from it what it can reuse and leaves a new one. */
export type BlockCache = Map<string, ParsedBlock[]>;

export interface BuiltParagraphs {
  tree: Root;
  /** One per paragraph of the tree, in order. */
  blocks: ParsedBlock[];
  /** The blocks parsed in this check (not taken from the cache). */
  fresh: ParsedBlock[];
  /** The blocks of this check, by key: the cache for the next check. */
  cache: BlockCache;
}

export function buildParagraphs(
  doc: string,
  format: Format,
  index: PositionIndex,
  previous?: BlockCache,
  blocksOfDoc: Block[] = blocksOf(doc, format),
): BuiltParagraphs {
  const root: Root = {type: 'RootNode', children: []};
  const blocks: ParsedBlock[] = [];
  const fresh: ParsedBlock[] = [];
  const cache: BlockCache = new Map();
  for (const block of blocksOfDoc) {
    const key = `${format}\u0000${block.kind}\u0000${block.text}`;
    const at = index.toPoint(block.start);
    let parsed = previous?.get(key)?.shift();
    if (parsed) {
      moveBlock(parsed, block.start, at);
    } else {
      const paragraph = parseBlock(block);
      if (!paragraph) continue;
      const points: Point[] = [];
      shift(paragraph, block.start, at, points);
      parsed = {key, start: block.start, at, paragraph, points};
      fresh.push(parsed);
    }
    blocks.push(parsed);
    root.children.push(parsed.paragraph);
    const same = cache.get(key);
    if (same) same.push(parsed);
    else cache.set(key, [parsed]);
  }
  if (root.children.length > 0) {
    root.position = {start: index.toPoint(0), end: index.toPoint(doc.length)};
  }
  return {tree: root, blocks, fresh, cache};
}

function parseBlock(block: Block): Paragraph | undefined {
  const parsed = parser.parse(block.text);
  const sentences: Sentence[] = [];
  for (const child of parsed.children) {
    if (child.type !== 'ParagraphNode') continue;
    for (const node of child.children) if (node.type === 'SentenceNode') sentences.push(node);
  }
  if (sentences.length === 0) return undefined;
  sentences.splice(0, sentences.length, ...sentences.flatMap(splitFalseAbbreviations));
  return {type: 'ParagraphNode', children: sentences, data: {kind: block.kind} as ParagraphData};
}

/** Move a block parsed earlier to where it stands now: offsets, lines, and columns on its first line. */
function moveBlock(parsed: ParsedBlock, start: number, at: Point) {
  const by = start - parsed.start;
  const lines = at.line - parsed.at.line;
  const columns = at.column - parsed.at.column;
  if (by !== 0 || lines !== 0 || columns !== 0) {
    const firstLine = parsed.at.line;
    for (const point of parsed.points) {
      if (point.line === firstLine) point.column += columns;
      point.line += lines;
      point.offset! += by;
    }
  }
  parsed.start = start;
  parsed.at = at;
}

/**
 * Move a parsed block's positions into the document. The block text is the document's slice with
 * its line breaks in place, so the parser's own line and column only need the block's start added:
 * no lookup per point. parse-latin gives every leaf its own points and lets parents borrow their
 * children's, so leaves are moved in place (each point once) and a parent is set to span its children.
 */
function shift(node: {position?: {start: Point; end: Point}; children?: unknown[]}, by: number, at: Point, points: Point[]) {
  const children = node.children as (typeof node)[] | undefined;
  if (children && children.length > 0) {
    for (const child of children) shift(child, by, at, points);
    const start = children[0].position!.start;
    const end = children[children.length - 1].position!.end;
    // Each node has a position object of its own (only points are shared), so it can be reused.
    if (node.position) {
      node.position.start = start;
      node.position.end = end;
    } else node.position = {start, end};
  } else if (node.position) {
    movePoint(node.position.start, by, at);
    movePoint(node.position.end, by, at);
    points.push(node.position.start, node.position.end);
  }
}

function movePoint(point: Point, by: number, at: Point) {
  if (point.line === 1) point.column += at.column - 1;
  point.line += at.line - 1;
  point.offset = (point.offset ?? 0) + by;
}

export function paragraphKind(paragraph: Paragraph): BlockKind {
  return (paragraph.data as ParagraphData | undefined)?.kind ?? 'paragraph';
}

// parse-latin and parse-dutch keep a sentence going after words they take for abbreviations,
// but several are everyday Dutch words that often end a sentence ("Wij halen uw afval op.",
// "Dat weet u al.") and numbers end sentences too ("zie artikel 35. Daarin staat ...").
const falseAbbreviation = /^(op|al|zo|pro|con|id|cent|stat|min|max|tem|sic)$/;

function splitFalseAbbreviations(sentence: Sentence): Sentence[] {
  const children = sentence.children;
  for (let index = 0; index < children.length; index++) {
    const word = children[index];
    if (word.type !== 'WordNode' || word.children.length < 2) continue;
    const dot = word.children[word.children.length - 1];
    if (dot.type !== 'PunctuationNode' || dot.value !== '.') continue;
    const base = toString({type: 'WordNode', children: word.children.slice(0, -1)} as Word);
    const previous = children[index - 1] && children[index - 2];
    const isNumberAfterWord = /^\d{1,3}$/.test(base) && previous?.type === 'WordNode';
    if (!falseAbbreviation.test(base.toLowerCase()) && !isNumberAfterWord) continue;
    let next = index + 1;
    while (children[next]?.type === 'WhiteSpaceNode') next++;
    const following = children[next];
    if (!following) {
      // The last word of the paragraph: its full stop ends the sentence.
      const stop = word.children.pop() as Punctuation;
      word.position = {start: word.position!.start, end: stop.position!.start};
      children.splice(index + 1, 0, stop);
      return [sentence];
    }
    if (next === index + 1 || following?.type !== 'WordNode' || !/^\p{Lu}/u.test(toString(following))) continue;
    // Give the full stop back to the sentence and start a new sentence at the capital.
    const stop = word.children.pop() as Punctuation;
    word.position = {start: word.position!.start, end: stop.position!.start};
    const head: Sentence = {type: 'SentenceNode', children: [...children.slice(0, index + 1), stop]};
    const tail: Sentence = {type: 'SentenceNode', children: children.slice(next)};
    head.position = {start: sentence.position!.start, end: stop.position!.end};
    tail.position = {start: following.position!.start, end: sentence.position!.end};
    return [head, ...splitFalseAbbreviations(tail)];
  }
  return [sentence];
}
