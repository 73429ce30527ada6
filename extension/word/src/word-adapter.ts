// The only code that touches `Word.*`: reads the document's paragraphs in one batched sync, and
// finds, selects, replaces and comments on a finding's text, always comparing the paragraph with
// the text that was checked first, so that nothing is changed in text the writer has edited since.
/// <reference types="office-js" />

/** Where a finding is: its paragraph as it was checked, and its place inside it. */
export interface Target {
  paragraph: number;
  /** The paragraph's text when it was checked. */
  paragraphText: string;
  /** Offsets inside the paragraph (UTF-16). */
  start: number;
  end: number;
}

export type Outcome = 'ok' | 'changed' | 'not-found' | 'unsupported';

/** The text of every paragraph of the body, read with one `load` and one `sync`. */
export async function readParagraphs(): Promise<string[]> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    return paragraphs.items.map((paragraph) => paragraph.text);
  });
}

/** The selection's text, and the index of its first paragraph in the body (to map findings back). */
export async function readSelection(): Promise<{paragraphs: string[]; first: number}> {
  return Word.run(async (context) => {
    const all = context.document.body.paragraphs;
    const selected = context.document.getSelection().paragraphs;
    all.load('items/text');
    selected.load('items/text');
    await context.sync();
    const texts = selected.items.map((paragraph) => paragraph.text);
    const first = all.items.findIndex((paragraph, index) => texts.every((text, offset) => all.items[index + offset]?.text === text));
    return {paragraphs: texts, first: Math.max(0, first)};
  });
}

// Word's search treats ^ as the start of a special code (^p, ^t): it is written ^^.
const searchText = (text: string) => text.replace(/\^/g, '^^');
// Word searches at most 255 characters; a longer finding (a long sentence) is found by its start.
const SEARCH_LIMIT = 200;

/**
 * The range of a target in the current document, or why there is none: the paragraph is not
 * the text that was checked any more, or Word does not find the text where it should be.
 */
async function locate(context: Word.RequestContext, target: Target): Promise<{range: Word.Range; whole: boolean} | Exclude<Outcome, 'ok'>> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items/text');
  await context.sync();
  const paragraph = paragraphs.items[target.paragraph];
  if (!paragraph || paragraph.text !== target.paragraphText) return 'changed';
  const actual = target.paragraphText.slice(target.start, target.end);
  const whole = actual.length <= SEARCH_LIMIT;
  const needle = whole ? actual : actual.slice(0, SEARCH_LIMIT);
  // The same text may stand more than once in the paragraph: take the occurrence at the finding's place.
  let occurrence = 0;
  for (let at = target.paragraphText.indexOf(needle); at !== -1 && at < target.start; at = target.paragraphText.indexOf(needle, at + needle.length)) occurrence++;
  const ranges = paragraph.search(searchText(needle), {matchCase: true});
  ranges.load('items/text');
  await context.sync();
  const range = ranges.items[occurrence];
  if (!range || range.text !== needle) return 'not-found';
  return {range, whole};
}

export async function selectTarget(target: Target): Promise<Outcome> {
  return Word.run(async (context) => {
    const found = await locate(context, target);
    if (typeof found === 'string') return found;
    found.range.select();
    await context.sync();
    return 'ok';
  });
}

/** Replace the target's text, only if its paragraph is still the checked text; optionally as a tracked change. */
export async function replaceTarget(target: Target, replacement: string, options: {trackChanges?: boolean} = {}): Promise<Outcome> {
  return Word.run(async (context) => {
    const found = await locate(context, target);
    if (typeof found === 'string') return found;
    if (!found.whole) return 'unsupported';
    if (options.trackChanges && supports('1.4')) {
      context.document.changeTrackingMode = Word.ChangeTrackingMode.trackAll;
    }
    found.range.insertText(replacement, 'Replace');
    await context.sync();
    return 'ok';
  });
}

/** A Word comment on the target with the finding's explanation (WordApi 1.4), for editors reviewing a text. */
export async function commentOnTarget(target: Target, text: string): Promise<Outcome> {
  if (!supports('1.4')) return 'unsupported';
  return Word.run(async (context) => {
    const found = await locate(context, target);
    if (typeof found === 'string') return found;
    found.range.insertComment(text);
    await context.sync();
    return 'ok';
  });
}

/** Whether the page runs inside Office (Word) at all. */
export async function inWord(): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Word === 'undefined') return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Word;
}

export function supports(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('WordApi', version) === true;
}
