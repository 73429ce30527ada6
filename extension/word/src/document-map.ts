// Word paragraphs to one text for the engine and back: each paragraph is its own block (joined
// by a blank line), and a finding inside a paragraph becomes a target the Word adapter can find.
import type {Finding} from '../../../lint-rules/index.js';
import type {Target} from './word-adapter.js';

export interface DocumentMap {
  text: string;
  /** Offset of each paragraph in `text`. */
  starts: number[];
  paragraphs: string[];
  /** Index in the document of the first paragraph (a selection starts somewhere in the body). */
  first: number;
}

const SEPARATOR = '\n\n';

export function joinParagraphs(paragraphs: string[], first = 0): DocumentMap {
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.length + SEPARATOR.length;
  }
  // Word ends a paragraph at a line break inside it (\v, Shift+Enter) too; for the engine that is a line break.
  return {text: paragraphs.map((paragraph) => paragraph.replace(/[\v\r]/g, '\n')).join(SEPARATOR), starts, paragraphs, first};
}

/** The paragraph a finding is in, and its place there; undefined when it spans paragraphs. */
export function targetOf(finding: Pick<Finding, 'start' | 'end'>, map: DocumentMap): Target | undefined {
  let low = 0;
  let high = map.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (map.starts[middle] <= finding.start.offset) low = middle;
    else high = middle - 1;
  }
  const text = map.paragraphs[low];
  const start = finding.start.offset - map.starts[low];
  const end = finding.end.offset - map.starts[low];
  if (start < 0 || end > text.length) return undefined;
  return {paragraph: map.first + low, paragraphText: text, start, end};
}
