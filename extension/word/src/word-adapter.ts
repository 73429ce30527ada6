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

/** One finding to show as a Word critique, in its paragraph as it was checked. */
export interface CritiqueRequest {
  start: number;
  length: number;
  colorScheme: 'Red' | 'Blue' | 'Lavender';
  /** A manifest resource id (bt:ShortStrings) for the pop-up's title: the rule's name. */
  titleResourceId: string;
  suggestions: string[];
}

export interface ParagraphCritiques {
  paragraph: number;
  paragraphText: string;
  critiques: CritiqueRequest[];
}

/**
 * Show findings as native Word annotations (critiques, WordApi 1.7), with the suggestions in
 * Word's pop-up where the client has WordApi 1.8. First removes Helder's annotations with the
 * ids in `remove` (only those: other add-ins' annotations stay). A paragraph whose text is not
 * the checked text any more gets none. Returns the new ids per request, in order ([] when skipped).
 */
export async function showCritiques(requests: ParagraphCritiques[], remove: string[]): Promise<string[][]> {
  if (!supports('1.7')) return requests.map(() => []);
  const popups = supports('1.8');
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    if (remove.length) {
      // An annotation Word already dropped (its text was edited) cannot be deleted by id without
      // failing the batch, so delete only the ones still in the document.
      const wanted = new Set(remove);
      const collections = paragraphs.items.map((paragraph) => paragraph.getAnnotations().load('items/id'));
      await context.sync();
      for (const collection of collections) for (const annotation of collection.items) if (wanted.has(annotation.id)) annotation.delete();
    }
    const results = requests.map((request) => {
      const paragraph = paragraphs.items[request.paragraph];
      if (!paragraph || paragraph.text !== request.paragraphText || request.critiques.length === 0) return undefined;
      const critiques = request.critiques.map(({start, length, colorScheme, titleResourceId, suggestions}) => ({
        start,
        length,
        colorScheme,
        ...(popups ? {popupOptions: {brandingTextResourceId: 'Helder.Critique.Branding', subtitleResourceId: 'Helder.Critique.Subtitle', titleResourceId, suggestions: suggestions.slice(0, 3)}} : {}),
      }));
      return paragraph.insertAnnotations({critiques});
    });
    await context.sync();
    return results.map((result) => result?.value ?? []);
  });
}

export interface DocumentEvents {
  /** Paragraphs were changed, added or deleted (WordApi 1.6), by the writer or a co-author. */
  paragraphsChanged(): void;
  /** The writer clicked one of Helder's annotations in the document (WordApi 1.7). */
  annotationClicked(id: string): void;
  /** The writer chose a suggestion in an annotation's pop-up (WordApi 1.8). */
  suggestionChosen(id: string, suggestion: string): void;
}

/** Listen to the document where the client can tell; returns the events that are listened to. */
export async function watchDocument(events: DocumentEvents): Promise<string[]> {
  const watched: string[] = [];
  if (!supports('1.6')) return watched;
  await Word.run(async (context) => {
    const document = context.document;
    const changed = async () => events.paragraphsChanged();
    document.onParagraphChanged.add(changed);
    document.onParagraphAdded.add(changed);
    document.onParagraphDeleted.add(changed);
    watched.push('ParagraphChanged', 'ParagraphAdded', 'ParagraphDeleted');
    if (supports('1.7')) {
      document.onAnnotationClicked.add(async ({id}) => events.annotationClicked(id));
      watched.push('AnnotationClicked');
    }
    if (supports('1.8')) {
      document.onAnnotationPopupAction.add(async ({id, critiqueSuggestion}) => {
        if (critiqueSuggestion) events.suggestionChosen(id, critiqueSuggestion);
      });
      watched.push('AnnotationPopupAction');
    }
    await context.sync();
  });
  return watched;
}
