// One pass over the tree that every rule shares: sentences with their tokens and word counts.
import type {Paragraph, Root, Sentence, Word} from 'nlcst';
import {toString} from 'nlcst-to-string';
import type {BlockKind} from './blocks.js';
import {countSyllables} from './dutch/syllables.js';
import {paragraphKind} from './parse.js';
import type {Token} from './wordlists/compile.js';

export interface WordToken extends Token {
  syllables: number;
}

export interface SentenceInfo {
  node: Sentence;
  kind: BlockKind;
  paragraphIndex: number;
  /** Words and punctuation, without white space. */
  tokens: Token[];
  /** Words that count for readability: they contain a letter or a digit. */
  words: WordToken[];
  /** Sum of the words' syllables, and how many words have three or more. */
  syllables: number;
  polysyllabic: number;
}

export interface ParagraphInfo {
  node: Paragraph;
  kind: BlockKind;
  sentences: SentenceInfo[];
}

export interface Analysis {
  paragraphs: ParagraphInfo[];
  sentences: SentenceInfo[];
}

const cache = new WeakMap<Root, Analysis>();
// A paragraph reused from an earlier check (parse.ts) keeps its analysis; `at` is the offset the
// tokens were made for, so a paragraph that moved has its tokens moved with it.
const byParagraph = new WeakMap<Paragraph, {info: ParagraphInfo; at: number}>();
const countable = /[\p{L}\p{N}]/u;

export function analyze(tree: Root): Analysis {
  const cached = cache.get(tree);
  if (cached) return cached;
  const paragraphs: ParagraphInfo[] = [];
  const sentences: SentenceInfo[] = [];
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue;
    const info = paragraphInfo(child);
    for (const sentence of info.sentences) {
      sentence.paragraphIndex = paragraphs.length;
      sentences.push(sentence);
    }
    paragraphs.push(info);
  }
  const analysis = {paragraphs, sentences};
  cache.set(tree, analysis);
  return analysis;
}

function paragraphInfo(paragraph: Paragraph): ParagraphInfo {
  const at = paragraph.position?.start.offset ?? 0;
  const known = byParagraph.get(paragraph);
  if (known) {
    const by = at - known.at;
    if (by !== 0) {
      for (const sentence of known.info.sentences) {
        for (const token of sentence.tokens) {
          token.start += by;
          token.end += by;
        }
      }
      known.at = at;
    }
    return known.info;
  }
  const kind = paragraphKind(paragraph);
  const info: ParagraphInfo = {node: paragraph, kind, sentences: []};
  for (const node of paragraph.children) {
    if (node.type !== 'SentenceNode') continue;
    const sentence = sentenceInfo(node, kind, 0);
    if (sentence.tokens.length > 0) info.sentences.push(sentence);
  }
  byParagraph.set(paragraph, {info, at});
  return info;
}

function sentenceInfo(node: Sentence, kind: BlockKind, paragraphIndex: number): SentenceInfo {
  const tokens: WordToken[] = [];
  const words: WordToken[] = [];
  let syllables = 0;
  let polysyllabic = 0;
  for (const child of node.children) {
    if (child.type === 'WhiteSpaceNode') continue;
    const isWord = child.type === 'WordNode';
    const text = isWord ? wordText(child) : 'value' in child ? child.value : toString(child);
    const lowered = text.toLowerCase();
    const token: WordToken = {
      text,
      lower: lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered,
      isWord,
      start: child.position!.start.offset!,
      end: child.position!.end.offset!,
      syllables: 0,
    };
    tokens.push(token);
    if (isWord && isCountable(text)) {
      token.syllables = countSyllables(text);
      syllables += token.syllables;
      if (token.syllables >= 3) polysyllabic++;
      words.push(token);
    }
  }
  return {node, kind, paragraphIndex, tokens, words, syllables, polysyllabic};
}

/** Contains a letter or a digit; ASCII answered without the Unicode regex. */
function isCountable(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return true;
    if (code > 127) return countable.test(text);
  }
  return false;
}

/** A word's text; words are nearly always flat lists of text and punctuation, so skip the generic walk. */
function wordText(word: Word): string {
  const children = word.children;
  if (children.length === 1 && 'value' in children[0]) return children[0].value;
  let text = '';
  for (const child of children) text += 'value' in child ? child.value : toString(child);
  return text;
}

/** Blocks whose sentences are prose: headings and table cells are labels, not sentences. */
export function isProse(kind: BlockKind): boolean {
  return kind === 'paragraph' || kind === 'list-item';
}
