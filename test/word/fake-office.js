// An in-page stand-in for Office.js (Office and Word) for browser tests of the Word task pane.
//
// Plain browser JavaScript without imports: load it with <script src="fake-office.js"> before the
// task pane's own code. It assigns window.Office, window.Word, window.OfficeExtension (only its
// Error class and error codes) and window.fakeWord (the test controls).
//
// The Word document is an editable element, <div id="document" contenteditable="true">, whose
// child <p> elements are the Word paragraphs (plain text only). The element is created at the end
// of <body> when the page has none.
//
// The proxy semantics follow Office.js:
//   - methods queue work; the work happens (in queue order) when context.sync() runs;
//   - properties can only be read after load() and an awaited context.sync(); reading earlier
//     throws an OfficeExtension.Error with code "PropertyNotLoaded";
//   - loaded values are a snapshot taken at their place in the queue;
//   - Word.run(batch) syncs what is still queued when the batch's promise resolves, and the
//     objects of a finished Word.run can no longer queue work ("InvalidObjectPath");
//   - a failing sync rejects with an OfficeExtension.Error (code, message, debugInfo) and drops
//     the rest of that batch; the work before the failure stays done;
//   - ranges follow edits: a range keeps pointing at the same text when earlier text in the
//     document is replaced (by the add-in or by typing in the document element);
//   - search text as Word reads it: at most 255 characters, ^ starts a special code (^^ is a caret).
//
// Deliberately small: only the API listed in window.fakeWord.api (see the bottom of this file) is
// there. Using anything else fails loudly instead of silently doing something else than Word.
// API of a newer WordApi set than fakeWord.apiVersion fails with "ApiNotFound" where Office.js
// reports it: at the context.sync() that runs the call (or load). Implemented, by set:
//   1.1-1.4  load/sync, body.paragraphs, Paragraph.text/search, Range.text/paragraphs/select/
//            insertText('Replace'), Document.getSelection, Range.insertComment (1.4),
//            Document.changeTrackingMode (1.4);
//   1.6      Paragraph.uniqueLocalId; Document.onParagraphChanged/onParagraphAdded/
//            onParagraphDeleted;
//   1.7      Paragraph.insertAnnotations({critiques}) (a ClientResult<string[]> of the new ids),
//            Paragraph.getAnnotations(), Document.getAnnotationById(id), Annotation (id, state,
//            critiqueAnnotation, delete), CritiqueAnnotation (critique, range, accept, reject),
//            Word.CritiqueColorScheme, Word.AnnotationState; Document.onAnnotationClicked/
//            onAnnotationHovered/onAnnotationInserted/onAnnotationRemoved;
//   1.8      Critique.popupOptions; Document.onAnnotationPopupAction.
//
// Events (WordApi 1.6+) follow Office.js too: document.onX.add(handler) returns an
// EventHandlerResult ({context, remove()}) at once, and the registration takes effect at the next
// context.sync() (remove() likewise; it may be queued on the context of a finished Word.run, and
// Word.run(context, batch) runs a batch on an earlier context, as in the Office.js samples).
// Handlers get only the event arguments (no request context) in a later task than the change
// that caused them, never inside it; a rejected handler is reported as an uncaught page error.
//   - ParagraphChanged/Added/Deleted ({type, source: 'Local', uniqueLocalIds}) come from typing,
//     from any other DOM edit of the document element (MutationObserver, or the input event where
//     there is none) and from the add-in's own insertText (Word reports those too; a replacement
//     reports its paragraph as changed even when the text ends up the same). Changes within one
//     task are coalesced into one event per type, in the order changed, added, deleted. A
//     paragraph counts as changed when its text changed; an added paragraph is not also changed.
//     fakeWord.setDocument() fires nothing: it is the test putting a new document in place.
//   - Annotations (critiques) live on their paragraph: when its text changes (typing, or an
//     insertText anywhere in it), Word drops the critiques under the edited text; this fake drops
//     all the paragraph's annotations (a simplification) and fires onAnnotationRemoved ({ids}).
//     Annotation.delete() fires onAnnotationRemoved as well, insertAnnotations fires
//     onAnnotationInserted ({ids}); in one task's batch of events the paragraph events come first,
//     then removed, then inserted, then clicks, hovers and pop-up actions.
//   - Paragraph.uniqueLocalId and annotation ids are random upper-case GUIDs (8-4-4-4-12); a
//     paragraph keeps its id as long as its <p> element stays (typing, insertText).
//   - insertAnnotations checks its critiques at the sync (InvalidArgument; the whole call then
//     inserts nothing): start and length are UTF-16 offsets, a non-empty stretch inside the
//     paragraph text; colorScheme one of Word.CritiqueColorScheme; no other members. Unknown
//     manifest resource ids in popupOptions are not noticed. getAnnotations() lists a paragraph's
//     annotations in text order.
//   - Critiques are drawn as wavy underlines (one colour per CritiqueColorScheme) with the CSS
//     Custom Highlight API, without touching the document's DOM; where the page has no
//     CSS.highlights (jsdom) nothing is drawn. Accepted and rejected annotations stay in the
//     document (state 'Accepted'/'Rejected') but are no longer underlined.
//
// window.fakeWord:
//   apiVersion        highest WordApi version the "host" supports (default '1.4', at most '1.8'
//                     implemented; may be preset by assigning window.fakeWord = {apiVersion: '1.8'}
//                     before this script runs, or assigned at any time).
//   latency           milliseconds before a sync's work runs and its promise resolves (default 0).
//   syncCount         number of context.sync() calls (plus the final flush of a Word.run when work
//                     was still queued, as Office.js does).
//   requests          log of API calls in call order: {method, args?} (plus implicit: true for
//                     the final flush of a Word.run).
//   selection         the last range selected with range.select(): {paragraph, start, end, text}
//                     (plus endParagraph when it spans paragraphs; text then joins them with "\r").
//   comments          comments added with range.insertComment(): {text, anchor, paragraph, start, end}.
//   changeTrackingMode  the document's change tracking mode ('Off', 'TrackAll', 'TrackMineOnly').
//   edits             text replacements done through insertText: {paragraph, start, end, oldText,
//                     newText, changeTrackingMode} (the mode in force; no revision marks are shown).
//   annotations       (getter) the annotations now in the document, in insertion order, as plain
//                     objects {id, paragraph, start, length, text, colorScheme, state,
//                     popupOptions} (popupOptions null without; its suggestions are the ones Word's
//                     pop-up shows: the first three).
//   eventHandlers     (getter) number of registered handlers per event name, e.g.
//                     {onParagraphChanged: 1}.
//   setDocument(paragraphs: string[]) replaces the document; fires no events, drops annotations
//                     and events not yet delivered (registered handlers stay).
//   typeInParagraph(index, newText)  the user retypes a paragraph (only the differing middle is
//                     replaced, so ranges and the caret before and after it stay): fires
//                     ParagraphChanged and drops the paragraph's annotations.
//   clickAnnotation(id), hoverAnnotation(id)  the user clicks / hovers an annotation: fires
//                     onAnnotationClicked / onAnnotationHovered ({id}). The selection is left alone.
//   choosePopupSuggestion(id, suggestion, {apply = false} = {})  the user picks a suggestion in the
//                     annotation's pop-up (WordApi 1.8; one of the three shown): fires
//                     onAnnotationPopupAction ({action: 'Accept', critiqueSuggestion, id}). It does
//                     NOT change the text: whether Word itself puts the suggestion in is not
//                     documented, so the add-in must cope with both; {apply: true} first types the
//                     suggestion over the annotated text (as typeInParagraph does).
//                     These three return a promise that settles when the handlers have finished.
//   flushEvents()     a promise that settles when no event is waiting and no handler is running.
//   documentText() (paragraphs joined with "\n"), reset() (also drops annotations, registered
//                     handlers and undelivered events; keeps the document).
(function () {
  'use strict';

  const preset = window.fakeWord && typeof window.fakeWord === 'object' ? window.fakeWord : {};

  // ---------------------------------------------------------------------------------------------
  // Errors

  const ErrorCodes = {
    apiNotFound: 'ApiNotFound',
    generalException: 'GeneralException',
    invalidArgument: 'InvalidArgument',
    invalidObjectPath: 'InvalidObjectPath',
    invalidRequestContext: 'InvalidRequestContext',
    itemNotFound: 'ItemNotFound',
    propertyNotLoaded: 'PropertyNotLoaded',
    runMustReturnPromise: 'RunMustReturnPromise',
    searchStringInvalidOrTooLong: 'SearchStringInvalidOrTooLong',
    valueNotLoaded: 'ValueNotLoaded',
  };

  class OfficeExtensionError extends Error {
    constructor(code, message, errorLocation) {
      super(message);
      this.name = 'RichApi.Error';
      this.code = code;
      this.debugInfo = {code, message, errorLocation};
    }
  }

  function propertyNotLoaded(type, property) {
    return new OfficeExtensionError(
      ErrorCodes.propertyNotLoaded,
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      `${type}.${property}`,
    );
  }

  function invalidArgument(location, message) {
    return new OfficeExtensionError(ErrorCodes.invalidArgument, `${message} (fake-office)`, location);
  }

  function itemNotFound(location, what) {
    return new OfficeExtensionError(ErrorCodes.itemNotFound, `The requested resource doesn't exist. (fake-office: ${what})`, location);
  }

  function apiNotFound(location) {
    return new OfficeExtensionError(
      ErrorCodes.apiNotFound,
      `The API you are trying to use could not be found. It may be available in a newer version of Word. (fake-office: ${location} needs a higher WordApi version than window.fakeWord.apiVersion = '${fake.apiVersion}')`,
      location,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Versions

  function parseVersion(value) {
    if (value === undefined || value === null || value === '') return null;
    const parts = String(value).split('.');
    if (parts.length < 1 || parts.length > 2 || parts.some((part) => !/^\d+$/.test(part))) return null;
    return [Number(parts[0]), Number(parts[1] ?? 0)];
  }

  function compareVersions(a, b) {
    return a[0] - b[0] || a[1] - b[1];
  }

  function wordApiAtLeast(version) {
    const have = parseVersion(fake.apiVersion);
    return have !== null && compareVersions(have, parseVersion(version)) >= 0;
  }

  function requireWordApi(version, location) {
    if (!wordApiAtLeast(version)) throw apiNotFound(location);
  }

  // ---------------------------------------------------------------------------------------------
  // The document element and positions in it. A position is {p, offset}: paragraph index and
  // offset in that paragraph's text.

  function root() {
    let element = document.getElementById('document');
    if (!element) {
      element = document.createElement('div');
      element.id = 'document';
      element.contentEditable = 'true';
      (document.body ?? document.documentElement).appendChild(element);
    }
    // Typed spaces stay ordinary spaces (Chromium types U+00A0 in white-space: normal).
    if (!element.style.whiteSpace) element.style.whiteSpace = 'pre-wrap';
    watchRoot(element);
    return element;
  }

  // While a sync's work runs no other code can touch the page, so the paragraph list is kept
  // until the work itself changes it (replace() forgets it). Outside a sync it is read afresh.
  let syncing = false;
  let paragraphCache = null;
  let indexCache = null;

  function paragraphElements() {
    if (paragraphCache) return paragraphCache;
    const paragraphs = Array.from(root().children).filter((child) => child.tagName === 'P');
    if (syncing) paragraphCache = paragraphs;
    return paragraphs;
  }

  function paragraphIndex(element) {
    if (!syncing) return paragraphElements().indexOf(element);
    indexCache ??= new Map(paragraphElements().map((paragraph, index) => [paragraph, index]));
    return indexCache.get(element) ?? -1;
  }

  function forgetParagraphs() {
    paragraphCache = null;
    indexCache = null;
  }

  // Whether the page's selection is in the document, asked once per sync: with the layout out of
  // date after an edit, Chromium answers window.getSelection().rangeCount slowly (ms per call).
  let selectionInDocumentDuringSync = null;

  function pageSelectionMayBeInDocument() {
    if (syncing && selectionInDocumentDuringSync !== null) return selectionInDocumentDuringSync;
    const selection = window.getSelection();
    const element = document.getElementById('document');
    const answer = Boolean(element && selection && selection.rangeCount && (element.contains(selection.anchorNode) || element.contains(selection.focusNode)));
    if (syncing) selectionInDocumentDuringSync = answer;
    return answer;
  }

  function setParagraphText(element, text) {
    element.textContent = text;
    if (text === '') element.appendChild(document.createElement('br'));
  }

  function comparePositions(a, b) {
    return a.p - b.p || a.offset - b.offset;
  }

  /** The position of a DOM boundary point, or null when it is not inside a paragraph. */
  function positionOf(container, offset) {
    const element = root();
    if (!element.contains(container)) return null;
    const paragraphs = paragraphElements();
    if (container === element) {
      for (let index = offset; index < element.childNodes.length; index++) {
        const p = paragraphs.indexOf(element.childNodes[index]);
        if (p >= 0) return {p, offset: 0};
      }
      if (!paragraphs.length) return null;
      return {p: paragraphs.length - 1, offset: paragraphs[paragraphs.length - 1].textContent.length};
    }
    let child = container;
    while (child.parentNode !== element) child = child.parentNode;
    const p = paragraphIndex(child);
    return p < 0 ? null : {p, offset: offsetIn(child, container, offset)};
  }

  function boundaryOf(position, paragraphs = paragraphElements()) {
    return boundaryIn(paragraphs[position.p], position.offset);
  }

  /** The DOM boundary point at an offset in a paragraph's text. */
  function boundaryIn(element, offset) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let rest = offset;
    let last = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (rest <= node.length) return [node, rest];
      rest -= node.length;
      last = node;
    }
    return last ? [last, last.length] : [element, 0];
  }

  function setDomRange(domRange, start, end) {
    domRange.setStart(...boundaryOf(start));
    domRange.setEnd(...boundaryOf(end));
  }

  function rangePositions(domRange) {
    const start = positionOf(domRange.startContainer, domRange.startOffset);
    const end = positionOf(domRange.endContainer, domRange.endOffset);
    if (!start || !end) {
      throw new OfficeExtensionError(ErrorCodes.itemNotFound, 'The range is no longer in the document. (fake-office)', 'Range');
    }
    return comparePositions(start, end) <= 0 ? [start, end] : [end, start];
  }

  /** Text between two positions; paragraphs are separated by "\r", as in Word's Range.text. */
  function textBetween(start, end) {
    const paragraphs = paragraphElements();
    const parts = [];
    for (let p = start.p; p <= end.p; p++) {
      const text = paragraphs[p].textContent;
      parts.push(text.slice(p === start.p ? start.offset : 0, p === end.p ? end.offset : text.length));
    }
    return parts.join('\r');
  }

  function describe(start, end) {
    const place = {paragraph: start.p, start: start.offset, end: end.offset, text: textBetween(start, end)};
    if (end.p !== start.p) place.endParagraph = end.p;
    return place;
  }

  // Live DOM ranges of the Word ranges of running Word.run batches, and the remembered selection.
  // The browser moves them along with typing; replace() moves them along with its own edits.
  const trackedRanges = new Set();
  let lastSelection = null;

  function selectionInDocument() {
    const selection = window.getSelection();
    if (!selection || !selection.rangeCount) return null;
    const range = selection.getRangeAt(0);
    return positionOf(range.startContainer, range.startOffset) && positionOf(range.endContainer, range.endOffset) ? range : null;
  }

  function rememberSelection(domRange) {
    if (lastSelection) trackedRanges.delete(lastSelection);
    lastSelection = domRange.cloneRange();
    trackedRanges.add(lastSelection);
  }

  // The task pane and the document share one page in tests: the document keeps the selection it
  // last had, as Word does while the user works in the task pane.
  document.addEventListener('selectionchange', () => {
    if (!document.getElementById('document')) return;
    const range = selectionInDocument();
    if (range) rememberSelection(range);
  });

  /** The offset in a paragraph's text of a DOM boundary point inside that paragraph. */
  function offsetIn(paragraph, container, offset) {
    const before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(container, offset);
    return before.toString().length;
  }

  /**
   * Replace the text between two positions and move the tracked ranges in the edited paragraphs
   * along (ranges elsewhere keep their DOM boundaries, which the edit does not touch).
   */
  function replace(start, end, text, editedRanges) {
    const paragraphs = paragraphElements();
    const edited = paragraphs.slice(start.p, end.p + 1);
    const locate = (container, offset) => {
      const index = edited.findIndex((element) => element.contains(container));
      return index < 0 ? null : {p: start.p + index, offset: offsetIn(edited[index], container, offset)};
    };
    // The page's selection moves along when it is in the edited text.
    const selection = pageSelectionMayBeInDocument() ? window.getSelection() : null;
    const touches = (node) => node !== null && edited.some((element) => element.contains(node));
    const windowRange = selection && selection.rangeCount && (touches(selection.anchorNode) || touches(selection.focusNode)) ? selection.getRangeAt(0) : null;
    const candidates = [...trackedRanges];
    if (windowRange) candidates.push(windowRange);
    const moving = [];
    for (const domRange of candidates) {
      const from = locate(domRange.startContainer, domRange.startOffset);
      const to = locate(domRange.endContainer, domRange.endOffset);
      if (!from && !to) continue;
      const fromOutside = from ?? positionOf(domRange.startContainer, domRange.startOffset);
      const toOutside = to ?? positionOf(domRange.endContainer, domRange.endOffset);
      if (fromOutside && toOutside) moving.push({domRange, from: fromOutside, to: toOutside});
    }

    const first = paragraphs[start.p];
    const last = paragraphs[end.p];
    setParagraphText(first, first.textContent.slice(0, start.offset) + text + last.textContent.slice(end.offset));
    for (let p = start.p + 1; p <= end.p; p++) paragraphs[p].remove();
    forgetParagraphs();

    const removed = end.p - start.p;
    const insertedEnd = {p: start.p, offset: start.offset + text.length};
    const move = (position, isEnd) => {
      if (comparePositions(position, start) <= 0) return position;
      if (comparePositions(position, end) >= 0) {
        if (position.p === end.p) return {p: start.p, offset: insertedEnd.offset + position.offset - end.offset};
        return {p: position.p - removed, offset: position.offset};
      }
      return isEnd ? insertedEnd : start; // inside the replaced text
    };
    const now = removed ? paragraphElements() : paragraphs;
    for (const {domRange, from, to} of moving) {
      const collapsed = comparePositions(from, to) === 0; // a caret stays a caret
      const [newFrom, newTo] = editedRanges.includes(domRange) ? [start, insertedEnd] : [move(from, collapsed), move(to, true)];
      domRange.setStart(...boundaryOf(newFrom, now));
      domRange.setEnd(...boundaryOf(newTo, now));
    }
    if (windowRange) {
      selection.removeAllRanges();
      selection.addRange(windowRange);
    }
    return insertedEnd;
  }

  // ---------------------------------------------------------------------------------------------
  // Search

  const supportedSearchOptions = ['matchCase', 'matchWholeWord', 'matchPrefix', 'matchSuffix'];
  const unsupportedSearchOptions = ['ignorePunct', 'ignoreSpace', 'matchWildcards'];
  const wordCharacter = /[\p{L}\p{N}\p{M}_]/u;

  function checkSearchOptions(options) {
    if (options === undefined || options === null) return {};
    if (typeof options !== 'object') throw invalidArgument('Paragraph.search', 'searchOptions must be an object');
    for (const [key, value] of Object.entries(options)) {
      if (supportedSearchOptions.includes(key)) continue;
      if (unsupportedSearchOptions.includes(key) && !value) continue;
      throw invalidArgument('Paragraph.search', `the search option ${key}: ${JSON.stringify(value)} is not implemented (supported: ${supportedSearchOptions.join(', ')})`);
    }
    return options;
  }

  // Word's search text (without wildcards) gives ^ a meaning: ^^ is a caret, ^t a tab, ^? any
  // character, ^# any digit, ^$ any letter, ^w white space, ... Codes for things a plain-text
  // paragraph cannot hold (^p, ^l, ^m, ^f, ...) are not implemented here and fail loudly.
  const caretCodes = {
    '^': '\\^',
    t: '\\t',
    '?': '.',
    '#': '[0-9]',
    $: '\\p{L}',
    w: '[ \\t\\u00a0]+',
    s: '\\u00a0',
    '~': '\\u2011',
    '-': '\\u00ad',
    '+': '\\u2014',
    '=': '\\u2013',
  };

  function searchPattern(needle, options) {
    let source = '';
    for (let index = 0; index < needle.length; index++) {
      const character = needle[index];
      if (character !== '^') {
        source += character.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        continue;
      }
      const code = needle[++index];
      if (!Object.hasOwn(caretCodes, code ?? '')) {
        throw invalidArgument('Paragraph.search', `the special search code ^${code ?? ''} is not implemented (write a caret as ^^; implemented: ${Object.keys(caretCodes).map((key) => `^${key}`).join(' ')})`);
      }
      source += caretCodes[code];
    }
    return new RegExp(source, options.matchCase ? 'gu' : 'giu');
  }

  function findAll(text, needle, options) {
    const pattern = searchPattern(needle, options);
    const wordBefore = (index) => index > 0 && wordCharacter.test(Array.from(text.slice(Math.max(0, index - 2), index)).pop());
    const wordAfter = (index) => index < text.length && wordCharacter.test(String.fromCodePoint(text.codePointAt(index)));
    const matches = [];
    let match;
    while ((match = pattern.exec(text)) !== null) {
      const start = match.index;
      const end = start + match[0].length;
      const startOk = !(options.matchWholeWord || options.matchPrefix) || !wordBefore(start);
      const endOk = !(options.matchWholeWord || options.matchSuffix) || !wordAfter(end);
      if (startOk && endOk) matches.push([start, end]);
      else pattern.lastIndex = start + 1;
    }
    return matches;
  }

  // ---------------------------------------------------------------------------------------------
  // The test controls

  const fake = {
    apiVersion: preset.apiVersion ?? '1.4',
    latency: preset.latency ?? 0,
    syncCount: 0,
    requests: [],
    selection: null,
    comments: [],
    changeTrackingMode: 'Off',
    edits: [],
    setDocument(paragraphs) {
      if (!Array.isArray(paragraphs) || paragraphs.some((text) => typeof text !== 'string' || /[\r\n]/.test(text))) {
        throw new TypeError('fakeWord.setDocument expects an array of strings without line breaks');
      }
      const element = root();
      element.replaceChildren();
      for (const text of paragraphs.length ? paragraphs : ['']) {
        const p = document.createElement('p');
        setParagraphText(p, text);
        element.appendChild(p);
      }
      if (lastSelection) trackedRanges.delete(lastSelection);
      lastSelection = null;
      fake.selection = null;
      fake.comments = [];
      fake.edits = [];
      forgetDocumentState(element);
    },
    documentText() {
      return paragraphElements()
        .map((p) => p.textContent)
        .join('\n');
    },
    reset() {
      fake.syncCount = 0;
      fake.requests = [];
      fake.selection = null;
      fake.comments = [];
      fake.edits = [];
      fake.changeTrackingMode = 'Off';
      registrations = [];
      forgetDocumentState(document.getElementById('document'));
    },
    get annotations() {
      reconcileAnnotations();
      const paragraphs = childParagraphs(document.getElementById('document'));
      return [...annotationRecords.values()].map((record) => ({
        id: record.id,
        paragraph: paragraphs.indexOf(record.element),
        start: record.start,
        length: record.length,
        text: record.element.textContent.slice(record.start, record.start + record.length),
        colorScheme: record.colorScheme,
        state: record.state,
        popupOptions: record.popupOptions ? {...record.popupOptions, suggestions: shownSuggestions(record)} : null,
      }));
    },
    get eventHandlers() {
      const counts = {};
      for (const {event} of registrations) counts[event] = (counts[event] ?? 0) + 1;
      return counts;
    },
    typeInParagraph(index, newText) {
      const paragraphs = paragraphElements();
      if (!Number.isInteger(index) || index < 0 || index >= paragraphs.length) {
        throw new RangeError(`fakeWord.typeInParagraph: no paragraph ${index} (the document has ${paragraphs.length})`);
      }
      if (typeof newText !== 'string' || /[\r\n\v]/.test(newText)) throw new TypeError('fakeWord.typeInParagraph expects a string without line breaks');
      typeOver(paragraphs[index], 0, paragraphs[index].textContent.length, newText);
    },
    clickAnnotation(id) {
      liveAnnotation('fakeWord.clickAnnotation', id);
      return queueUserEvent('onAnnotationClicked', {id});
    },
    hoverAnnotation(id) {
      liveAnnotation('fakeWord.hoverAnnotation', id);
      return queueUserEvent('onAnnotationHovered', {id});
    },
    choosePopupSuggestion(id, suggestion, {apply = false} = {}) {
      const record = liveAnnotation('fakeWord.choosePopupSuggestion', id);
      if (!wordApiAtLeast('1.8')) throw new Error(`fakeWord.choosePopupSuggestion: annotations have no pop-up actions before WordApi 1.8 (apiVersion is '${fake.apiVersion}')`);
      if (!record.popupOptions) throw new Error(`fakeWord.choosePopupSuggestion: annotation ${id} was inserted without popupOptions`);
      if (!shownSuggestions(record).includes(suggestion)) {
        throw new Error(`fakeWord.choosePopupSuggestion: the pop-up of annotation ${id} shows ${JSON.stringify(shownSuggestions(record))}, not ${JSON.stringify(suggestion)}`);
      }
      if (apply) typeOver(record.element, record.start, record.start + record.length, suggestion);
      return queueUserEvent('onAnnotationPopupAction', {action: 'Accept', critiqueSuggestion: suggestion, id});
    },
    async flushEvents() {
      for (let round = 0; round < 1000; round++) {
        if (observer && observer.takeRecords().length) scheduleDiff();
        if (dispatchTimer === null && runningHandlers.size === 0) return;
        if (runningHandlers.size) await Promise.allSettled([...runningHandlers]);
        else await new Promise((resolve) => setTimeout(resolve, 0));
      }
      throw new Error('fakeWord.flushEvents: the events do not stop (a handler that changes the document on every change?)');
    },
    OfficeExtensionError,
  };

  function log(method, args, extra) {
    const entry = {method};
    if (args !== undefined) entry.args = JSON.parse(JSON.stringify(args));
    if (extra) Object.assign(entry, extra);
    fake.requests.push(entry);
  }

  // ---------------------------------------------------------------------------------------------
  // Document events (WordApi 1.6+) and annotations (WordApi 1.7+)

  /** The WordApi set of each event on Document. */
  const documentEvents = {
    onParagraphChanged: '1.6',
    onParagraphAdded: '1.6',
    onParagraphDeleted: '1.6',
    onAnnotationClicked: '1.7',
    onAnnotationHovered: '1.7',
    onAnnotationInserted: '1.7',
    onAnnotationRemoved: '1.7',
    onAnnotationPopupAction: '1.8',
  };

  let registrations = []; // {event, handler, context}
  let userEvents = []; // clicks, hovers and pop-up actions waiting: {event, args, resolve}
  let dispatchTimer = null;
  let diffWanted = false;
  const runningHandlers = new Set();

  // The paragraphs as the last delivered events left them, to tell what changed since.
  let watched = null; // the document element being watched
  let known = new Map(); // paragraph element -> its text
  const forcedChanges = new Set(); // paragraphs the add-in replaced text in (changed even when equal)
  let observer = null;

  const paragraphIds = new WeakMap();

  /** A random GUID in the 8-4-4-4-12 form, upper case (crypto.randomUUID needs a secure context). */
  function guid() {
    const bytes = new Uint8Array(16);
    if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(bytes);
    else for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(Math.random() * 256);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('').toUpperCase();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** Paragraph.uniqueLocalId: one GUID per paragraph element for the page's life. */
  function uniqueLocalIdOf(element) {
    let id = paragraphIds.get(element);
    if (!id) {
      id = guid();
      paragraphIds.set(element, id);
    }
    return id;
  }

  function childParagraphs(element) {
    return element ? Array.from(element.children).filter((child) => child.tagName === 'P') : [];
  }

  /** Watch a (new) document element; what it holds now is the starting point, not a change. */
  function watchRoot(element) {
    if (!element || element === watched) return;
    watched = element;
    known = new Map(childParagraphs(element).map((paragraph) => [paragraph, paragraph.textContent]));
    forcedChanges.clear();
    if (typeof MutationObserver !== 'function') return;
    observer ??= new MutationObserver((records) => {
      if (records.length) scheduleDiff();
    });
    observer.disconnect();
    observer.observe(element, {childList: true, subtree: true, characterData: true});
  }

  // Without a MutationObserver (or before one reports) typing still counts: the input event.
  document.addEventListener(
    'input',
    (event) => {
      const element = document.getElementById('document');
      if (!element || !(event.target instanceof Node) || !element.contains(event.target)) return;
      watchRoot(element);
      scheduleDiff();
    },
    true,
  );

  function scheduleDispatch() {
    if (dispatchTimer === null) dispatchTimer = setTimeout(dispatch, 0);
  }

  function scheduleDiff() {
    diffWanted = true;
    scheduleDispatch();
  }

  /** The add-in replaced text in these paragraphs (the first one stays, the others are removed). */
  function noteAddInEdit(elements) {
    forcedChanges.add(elements[0]);
    removeAnnotations([...annotationRecords.values()].filter((record) => elements.includes(record.element)), true);
    scheduleDiff();
  }

  /** Type `text` over [start, end) of a paragraph: only the part that differs is replaced. */
  function typeOver(element, start, end, text) {
    const old = element.textContent;
    const now = old.slice(0, start) + text + old.slice(end);
    if (now === old) return;
    let prefix = 0;
    while (prefix < old.length && prefix < now.length && old[prefix] === now[prefix]) prefix++;
    let suffix = 0;
    while (suffix < old.length - prefix && suffix < now.length - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix]) suffix++;
    const p = paragraphElements().indexOf(element);
    replace({p, offset: prefix}, {p, offset: old.length - suffix}, now.slice(prefix, now.length - suffix), []);
    reconcileAnnotations();
    scheduleDiff();
  }

  /** The paragraph events since the last ones, as {event, args}. */
  function diffParagraphs() {
    const element = document.getElementById('document');
    if (!element) return [];
    if (element !== watched) {
      watchRoot(element);
      return [];
    }
    const current = childParagraphs(element);
    const present = new Set(current);
    const changed = [];
    const added = [];
    for (const paragraph of current) {
      if (!known.has(paragraph)) added.push(paragraph);
      else if (known.get(paragraph) !== paragraph.textContent || forcedChanges.has(paragraph)) changed.push(paragraph);
    }
    const deleted = [...known.keys()].filter((paragraph) => !present.has(paragraph));
    known = new Map(current.map((paragraph) => [paragraph, paragraph.textContent]));
    forcedChanges.clear();
    const events = [];
    for (const [type, paragraphs] of [
      ['ParagraphChanged', changed],
      ['ParagraphAdded', added],
      ['ParagraphDeleted', deleted],
    ]) {
      if (paragraphs.length) events.push({event: `on${type}`, args: {type, source: 'Local', uniqueLocalIds: paragraphs.map(uniqueLocalIdOf)}});
    }
    return events;
  }

  function dispatch() {
    // dispatchTimer stays set while the events are gathered: gathering schedules nothing new.
    const events = diffWanted ? diffParagraphs() : [];
    diffWanted = false;
    reconcileAnnotations();
    if (removedIds.length) events.push({event: 'onAnnotationRemoved', args: {ids: removedIds}});
    if (insertedIds.length) events.push({event: 'onAnnotationInserted', args: {ids: insertedIds}});
    removedIds = [];
    insertedIds = [];
    const waiting = userEvents;
    userEvents = [];
    dispatchTimer = null;
    for (const {event, args} of events) deliver(event, args);
    for (const {event, args, resolve} of waiting) resolve(deliver(event, args));
  }

  function queueUserEvent(event, args) {
    return new Promise((resolve) => {
      userEvents.push({event, args, resolve});
      scheduleDispatch();
    });
  }

  function reportHandlerError(error) {
    if (typeof reportError === 'function') reportError(error);
    else
      setTimeout(() => {
        throw error;
      }, 0);
  }

  /** Call the handlers registered for an event (each with its own copy of the arguments). */
  function deliver(event, args) {
    const calls = registrations
      .filter((registration) => registration.event === event)
      .map(({handler}) => {
        let call;
        try {
          call = Promise.resolve(handler.call(undefined, JSON.parse(JSON.stringify(args))));
        } catch (error) {
          call = Promise.reject(error);
        }
        const settled = call.then(() => undefined, reportHandlerError);
        runningHandlers.add(settled);
        settled.then(() => runningHandlers.delete(settled));
        return settled;
      });
    return Promise.all(calls).then(() => undefined);
  }

  /** setDocument and reset: the current document is the new starting point; nothing is reported. */
  function forgetDocumentState(element) {
    for (const record of annotationRecords.values()) record.removed = true;
    annotationRecords.clear();
    removedIds = [];
    insertedIds = [];
    for (const {resolve} of userEvents) resolve();
    userEvents = [];
    diffWanted = false;
    if (element) {
      watched = null;
      watchRoot(element);
    }
    observer?.takeRecords();
    renderHighlights();
  }

  // Annotations: {id, element, paragraphText, start, length, colorScheme, popupOptions, state, removed}.
  const annotationRecords = new Map();
  let removedIds = [];
  let insertedIds = [];

  const critiqueColors = {Red: '#d13438', Green: '#107c10', Blue: '#0f6cbd', Lavender: '#8764b8', Berry: '#c239b3'};

  /** Word's critique pop-up shows three suggestions at most. */
  function shownSuggestions(record) {
    return record.popupOptions?.suggestions ? record.popupOptions.suggestions.slice(0, 3) : [];
  }

  /** Drop the annotations whose paragraph is gone or has other text than when they were inserted. */
  function reconcileAnnotations() {
    const element = document.getElementById('document');
    const stale = [...annotationRecords.values()].filter(
      (record) => !element || record.element.parentNode !== element || record.element.textContent !== record.paragraphText,
    );
    if (stale.length) removeAnnotations(stale, true);
  }

  function removeAnnotations(records, report) {
    if (!records.length) return;
    for (const record of records) {
      record.removed = true;
      annotationRecords.delete(record.id);
    }
    if (report) {
      removedIds.push(...records.map((record) => record.id));
      scheduleDispatch();
    }
    renderHighlights();
  }

  /** A test control's annotation: it must be in the document. */
  function liveAnnotation(control, id) {
    reconcileAnnotations();
    const record = annotationRecords.get(id);
    if (!record) throw new Error(`${control}: no annotation ${JSON.stringify(id)} in the document (fakeWord.annotations lists them)`);
    return record;
  }

  function critiqueOf(record) {
    const critique = {colorScheme: record.colorScheme, start: record.start, length: record.length};
    if (record.popupOptions) critique.popupOptions = {...record.popupOptions, suggestions: [...(record.popupOptions.suggestions ?? [])]};
    return critique;
  }

  const critiqueKeys = ['colorScheme', 'start', 'length', 'popupOptions'];
  const popupOptionKeys = ['brandingTextResourceId', 'subtitleResourceId', 'titleResourceId', 'suggestions'];

  /** The critiques of an AnnotationSet, checked against the paragraph text (at sync, as in Word). */
  function checkCritiques(annotationSet, text) {
    const location = 'Paragraph.insertAnnotations';
    if (!annotationSet || typeof annotationSet !== 'object' || !Array.isArray(annotationSet.critiques)) {
      throw invalidArgument(location, 'the annotation set must be {critiques: Critique[]}');
    }
    for (const key of Object.keys(annotationSet)) {
      if (key !== 'critiques') throw invalidArgument(location, `the annotation set has no member ${JSON.stringify(key)} (only critiques)`);
    }
    const critiques = annotationSet.critiques;
    if (critiques.some((critique) => critique && typeof critique === 'object' && critique.popupOptions !== undefined)) {
      requireWordApi('1.8', 'Critique.popupOptions');
    }
    return critiques.map((critique, index) => {
      const where = `critiques[${index}]`;
      if (!critique || typeof critique !== 'object') throw invalidArgument(location, `${where} is not a Critique object`);
      for (const key of Object.keys(critique)) {
        if (!critiqueKeys.includes(key)) throw invalidArgument(location, `${where} has no member ${JSON.stringify(key)} (a Critique has ${critiqueKeys.join(', ')})`);
      }
      const colorScheme = Object.values(Word.CritiqueColorScheme).find((known) => known.toLowerCase() === String(critique.colorScheme).toLowerCase());
      if (typeof critique.colorScheme !== 'string' || !colorScheme) {
        throw invalidArgument(location, `${where}.colorScheme ${JSON.stringify(critique.colorScheme)} is not one of ${Object.values(Word.CritiqueColorScheme).join(', ')}`);
      }
      const {start, length} = critique;
      if (!Number.isInteger(start) || !Number.isInteger(length) || start < 0 || length < 1 || start + length > text.length) {
        throw invalidArgument(location, `${where} (start ${start}, length ${length}) is not a non-empty stretch inside the paragraph text of ${text.length} UTF-16 code units`);
      }
      let popupOptions = null;
      if (critique.popupOptions !== undefined) {
        const options = critique.popupOptions;
        if (!options || typeof options !== 'object') throw invalidArgument(location, `${where}.popupOptions is not a CritiquePopupOptions object`);
        for (const [key, value] of Object.entries(options)) {
          if (!popupOptionKeys.includes(key)) throw invalidArgument(location, `${where}.popupOptions has no member ${JSON.stringify(key)} (it has ${popupOptionKeys.join(', ')})`);
          const fine = key === 'suggestions' ? Array.isArray(value) && value.every((suggestion) => typeof suggestion === 'string') : typeof value === 'string';
          if (!fine) throw invalidArgument(location, `${where}.popupOptions.${key} must be ${key === 'suggestions' ? 'an array of strings' : 'a string'}`);
        }
        popupOptions = {...options};
        if (options.suggestions) popupOptions.suggestions = [...options.suggestions];
      }
      return {colorScheme, start, length, popupOptions};
    });
  }

  let highlightStyle = null;

  /** Underline the annotations still 'Created', one CSS highlight per colour scheme. */
  function renderHighlights() {
    if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight !== 'function') return;
    if (!highlightStyle || !highlightStyle.isConnected) {
      highlightStyle = document.createElement('style');
      highlightStyle.dataset.fakeOffice = 'annotations';
      highlightStyle.textContent = Object.entries(critiqueColors)
        .map(([scheme, color]) => `::highlight(fake-word-critique-${scheme.toLowerCase()}) { text-decoration: underline wavy ${color}; text-decoration-skip-ink: none; }`)
        .join('\n');
      (document.head ?? document.documentElement).appendChild(highlightStyle);
    }
    const ranges = Object.fromEntries(Object.keys(critiqueColors).map((scheme) => [scheme, []]));
    for (const record of annotationRecords.values()) {
      if (record.state !== 'Created' || !record.element.isConnected) continue;
      const range = document.createRange();
      range.setStart(...boundaryIn(record.element, record.start));
      range.setEnd(...boundaryIn(record.element, record.start + record.length));
      ranges[record.colorScheme].push(range);
    }
    for (const [scheme, list] of Object.entries(ranges)) {
      const name = `fake-word-critique-${scheme.toLowerCase()}`;
      if (list.length) CSS.highlights.set(name, new Highlight(...list));
      else CSS.highlights.delete(name);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Request context and proxy objects

  function nextTask(milliseconds, callback) {
    if (milliseconds > 0) return setTimeout(callback, milliseconds);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
  }

  class RequestContext {
    constructor() {
      this._queue = [];
      this._closed = false;
      this._runs = 0; // Word.run batches running on this context
      this._ranges = [];
      this._document = null;
    }

    get document() {
      this._document ??= new WordDocument(this);
      return this._document;
    }

    sync(passThroughValue) {
      fake.syncCount++;
      log('context.sync');
      return this._flush(passThroughValue);
    }

    load(object, properties) {
      if (!(object instanceof ClientObject)) throw invalidArgument('RequestContext.load', 'the object is not a Word object');
      if (object._context !== this) {
        throw new OfficeExtensionError(ErrorCodes.invalidRequestContext, 'Cannot use the object across different request contexts.', 'RequestContext.load');
      }
      return object.load(properties);
    }

    _enqueue(location, operation, {evenWhenClosed = false} = {}) {
      if (this._closed && !evenWhenClosed) {
        throw new OfficeExtensionError(
          ErrorCodes.invalidObjectPath,
          `The object path '${location}' isn't working for what you're trying to do. (fake-office: the object belongs to a Word.run batch that has finished)`,
          location,
        );
      }
      this._queue.push({location, operation});
    }

    _flush(passThroughValue) {
      const queue = this._queue;
      this._queue = [];
      return new Promise((resolve, reject) => {
        nextTask(fake.latency, () => {
          const afterSync = [];
          syncing = true;
          selectionInDocumentDuringSync = null;
          forgetParagraphs();
          try {
            for (const {location, operation} of queue) {
              try {
                const apply = operation();
                if (typeof apply === 'function') afterSync.push(apply);
              } catch (error) {
                reject(error instanceof OfficeExtensionError ? error : new OfficeExtensionError(ErrorCodes.generalException, String(error?.message ?? error), location));
                return;
              }
            }
          } finally {
            syncing = false;
            selectionInDocumentDuringSync = null;
            forgetParagraphs();
          }
          for (const apply of afterSync) apply();
          resolve(passThroughValue);
        });
      });
    }

    _trackRange(domRange) {
      trackedRanges.add(domRange);
      this._ranges.push(domRange);
    }

    _open() {
      this._runs++;
      this._closed = false;
    }

    _release() {
      this._runs = Math.max(0, this._runs - 1);
      if (this._runs === 0) this._close();
    }

    _close() {
      this._closed = true;
      for (const domRange of this._ranges) trackedRanges.delete(domRange);
      this._ranges = [];
    }
  }

  /** Turn the argument of load() into property names: 'a,b', ['a', 'b'], {select: 'a,b'}. */
  function propertyNames(properties) {
    if (properties === undefined || properties === null) return [];
    if (typeof properties === 'object' && !Array.isArray(properties)) properties = properties.select ?? [];
    const list = Array.isArray(properties) ? properties : String(properties).split(',');
    return list.map((name) => String(name).trim()).filter(Boolean);
  }

  class ClientObject {
    constructor(context, type) {
      this._context = context;
      this._type = type;
      this._loaded = Object.create(null);
    }

    get context() {
      return this._context;
    }

    _read(property) {
      if (!(property in this._loaded)) throw propertyNotLoaded(this._type, property);
      return this._loaded[property];
    }

    /** Names of the scalar properties load() accepts. */
    get _loadable() {
      return [];
    }

    /** What load() without names loads. */
    get _defaultLoad() {
      return this._loadable;
    }

    /** Take the values of a load (a _snapshot) in once the sync is done. */
    _apply(values) {
      Object.assign(this._loaded, values);
    }

    _checkLoad(names) {
      for (const name of names) {
        if (!this._loadable.includes(name)) {
          throw invalidArgument(`${this._type}.load`, `${this._type} has no property '${name}' in this fake (loadable: ${this._loadable.join(', ')})`);
        }
      }
    }

    load(properties) {
      log(`${this._type}.load`, properties === undefined ? [] : [properties]);
      const names = propertyNames(properties);
      this._checkLoad(names);
      const wanted = names.length ? names : this._defaultLoad;
      this._context._enqueue(`${this._type}.load`, () => {
        const values = this._snapshot(wanted);
        return () => this._apply(values);
      });
      return this;
    }

    toJSON() {
      return {...this._loaded};
    }
  }

  class ClientCollection extends ClientObject {
    constructor(context, type, itemType) {
      super(context, type);
      this._itemType = itemType;
      this._items = null;
    }

    get items() {
      if (this._items === null) throw propertyNotLoaded(this._type, 'items');
      return this._items;
    }

    load(properties) {
      log(`${this._type}.load`, properties === undefined ? [] : [properties]);
      const names = propertyNames(properties)
        .map((name) => name.replace(/^items\//, ''))
        .filter((name) => name !== 'items');
      const loadable = this._itemType.prototype._loadable;
      for (const name of names) {
        if (!loadable.includes(name)) {
          throw invalidArgument(`${this._type}.load`, `${this._itemType.name} has no property '${name}' in this fake (loadable: ${loadable.join(', ')})`);
        }
      }
      const wanted = names.length ? names : this._itemType.prototype._defaultLoad;
      this._context._enqueue(`${this._type}.load`, () => {
        const items = this._resolveItems();
        const values = items.map((item) => item._snapshot(wanted));
        return () => {
          items.forEach((item, index) => item._apply(values[index]));
          this._items = items;
        };
      });
      return this;
    }

    toJSON() {
      return {items: this._items ? this._items.map((item) => item.toJSON()) : undefined};
    }
  }

  class WordDocument extends ClientObject {
    constructor(context) {
      super(context, 'Document');
      this._body = null;
      this._events = {};
    }

    _eventHandlers(event) {
      this._events[event] ??= new EventHandlers(this._context, event);
      return this._events[event];
    }

    get onParagraphChanged() {
      return this._eventHandlers('onParagraphChanged');
    }

    get onParagraphAdded() {
      return this._eventHandlers('onParagraphAdded');
    }

    get onParagraphDeleted() {
      return this._eventHandlers('onParagraphDeleted');
    }

    get onAnnotationClicked() {
      return this._eventHandlers('onAnnotationClicked');
    }

    get onAnnotationHovered() {
      return this._eventHandlers('onAnnotationHovered');
    }

    get onAnnotationInserted() {
      return this._eventHandlers('onAnnotationInserted');
    }

    get onAnnotationRemoved() {
      return this._eventHandlers('onAnnotationRemoved');
    }

    get onAnnotationPopupAction() {
      return this._eventHandlers('onAnnotationPopupAction');
    }

    getAnnotationById(id) {
      log('Document.getAnnotationById', [id]);
      const annotation = new Annotation(this._context, null);
      this._context._enqueue('Document.getAnnotationById', () => {
        requireWordApi('1.7', 'Document.getAnnotationById');
        reconcileAnnotations();
        const record = annotationRecords.get(id);
        if (!record) throw itemNotFound('Document.getAnnotationById', `no annotation with id ${JSON.stringify(id)} in the document`);
        annotation._record = record;
      });
      return annotation;
    }

    get _loadable() {
      return ['changeTrackingMode'];
    }

    get body() {
      this._body ??= new Body(this._context);
      return this._body;
    }

    get changeTrackingMode() {
      return this._read('changeTrackingMode');
    }

    set changeTrackingMode(value) {
      log('Document.changeTrackingMode', [value]);
      this._context._enqueue('Document.changeTrackingMode', () => {
        requireWordApi('1.4', 'Document.changeTrackingMode');
        const mode = Object.values(Word.ChangeTrackingMode).find((known) => known.toLowerCase() === String(value).toLowerCase());
        if (!mode) throw invalidArgument('Document.changeTrackingMode', `unknown change tracking mode ${JSON.stringify(value)}`);
        fake.changeTrackingMode = mode;
      });
      this._loaded.changeTrackingMode = value; // as in Office.js, a set value reads back at once
    }

    _snapshot(names) {
      requireWordApi('1.4', 'Document.changeTrackingMode');
      return names.includes('changeTrackingMode') ? {changeTrackingMode: fake.changeTrackingMode} : {};
    }

    getSelection() {
      log('Document.getSelection');
      const range = new Range(this._context);
      this._context._enqueue('Document.getSelection', () => {
        const paragraphs = paragraphElements();
        if (!paragraphs.length) throw new OfficeExtensionError(ErrorCodes.generalException, 'The document has no paragraphs. (fake-office)', 'Document.getSelection');
        const current = selectionInDocument() ?? lastSelection;
        let positions = null;
        if (current) {
          try {
            positions = rangePositions(current);
          } catch {
            positions = null;
          }
        }
        positions ??= [{p: 0, offset: 0}, {p: 0, offset: 0}];
        range._bind(positions[0], positions[1]);
      });
      return range;
    }
  }

  class Body extends ClientObject {
    constructor(context) {
      super(context, 'Body');
      this._paragraphs = null;
    }

    get paragraphs() {
      this._paragraphs ??= new ParagraphCollection(this._context, () => paragraphElements());
      return this._paragraphs;
    }
  }

  class ParagraphCollection extends ClientCollection {
    constructor(context, elements) {
      super(context, 'ParagraphCollection', Paragraph);
      this._elements = elements;
    }

    _resolveItems() {
      return this._elements().map((element) => new Paragraph(this._context, element));
    }
  }

  class Paragraph extends ClientObject {
    constructor(context, element) {
      super(context, 'Paragraph');
      this._element = element;
    }

    get _loadable() {
      return ['text', 'uniqueLocalId'];
    }

    get _defaultLoad() {
      return wordApiAtLeast('1.6') ? ['text', 'uniqueLocalId'] : ['text'];
    }

    get text() {
      return this._read('text');
    }

    get uniqueLocalId() {
      return this._read('uniqueLocalId');
    }

    _index() {
      const index = paragraphIndex(this._element);
      if (index < 0) throw new OfficeExtensionError(ErrorCodes.itemNotFound, 'The paragraph is no longer in the document. (fake-office)', 'Paragraph');
      return index;
    }

    _snapshot(names) {
      if (this._element.parentNode !== root()) this._index(); // throws: the paragraph is gone
      const values = {};
      if (names.includes('text')) values.text = this._element.textContent;
      if (names.includes('uniqueLocalId')) {
        requireWordApi('1.6', 'Paragraph.uniqueLocalId');
        values.uniqueLocalId = uniqueLocalIdOf(this._element);
      }
      return values;
    }

    getAnnotations() {
      log('Paragraph.getAnnotations');
      const annotations = new AnnotationCollection(this._context, this);
      this._context._enqueue('Paragraph.getAnnotations', () => {
        requireWordApi('1.7', 'Paragraph.getAnnotations');
        this._index();
      });
      return annotations;
    }

    insertAnnotations(annotationSet) {
      log('Paragraph.insertAnnotations', [annotationSet]);
      const result = new ClientResult();
      this._context._enqueue('Paragraph.insertAnnotations', () => {
        requireWordApi('1.7', 'Paragraph.insertAnnotations');
        this._index();
        const text = this._element.textContent;
        const critiques = checkCritiques(annotationSet, text);
        reconcileAnnotations();
        const ids = critiques.map((critique) => {
          const record = {id: guid(), element: this._element, paragraphText: text, ...critique, state: 'Created', removed: false};
          annotationRecords.set(record.id, record);
          return record.id;
        });
        if (ids.length) {
          insertedIds.push(...ids);
          scheduleDispatch();
        }
        renderHighlights();
        return () => result._set(ids);
      });
      return result;
    }

    search(searchText, searchOptions) {
      log('Paragraph.search', searchOptions === undefined ? [searchText] : [searchText, searchOptions]);
      if (typeof searchText !== 'string') throw invalidArgument('Paragraph.search', 'searchText must be a string');
      const options = checkSearchOptions(searchOptions);
      const ranges = new RangeCollection(this._context);
      this._context._enqueue('Paragraph.search', () => {
        if (searchText.length === 0 || searchText.length > 255) {
          throw new OfficeExtensionError(ErrorCodes.searchStringInvalidOrTooLong, 'The search string is invalid or exceeds the maximum length of 255 characters.', 'Paragraph.search');
        }
        const p = this._index();
        ranges._found = findAll(this._element.textContent, searchText, options).map(([start, end]) => {
          const range = new Range(this._context);
          range._bind({p, offset: start}, {p, offset: end});
          return range;
        });
      });
      return ranges;
    }
  }

  class AnnotationCollection extends ClientCollection {
    constructor(context, paragraph) {
      super(context, 'AnnotationCollection', Annotation);
      this._paragraph = paragraph;
    }

    _resolveItems() {
      requireWordApi('1.7', 'Paragraph.getAnnotations');
      this._paragraph._index();
      reconcileAnnotations();
      return [...annotationRecords.values()]
        .filter((record) => record.element === this._paragraph._element)
        .sort((a, b) => a.start - b.start || a.length - b.length)
        .map((record) => new Annotation(this._context, record));
    }
  }

  class Annotation extends ClientObject {
    constructor(context, record) {
      super(context, 'Annotation');
      this._record = record;
      this._critiqueAnnotation = null;
    }

    get _loadable() {
      return ['id', 'state', 'critiqueAnnotation', 'critiqueAnnotation/critique'];
    }

    get _defaultLoad() {
      return ['id', 'state'];
    }

    get id() {
      return this._read('id');
    }

    get state() {
      return this._read('state');
    }

    get critiqueAnnotation() {
      this._critiqueAnnotation ??= new CritiqueAnnotation(this._context, this);
      return this._critiqueAnnotation;
    }

    /** The annotation in the document (at sync): ItemNotFound once it was deleted or dropped. */
    _live(location) {
      if (!this._record) throw new OfficeExtensionError(ErrorCodes.generalException, 'The annotation was never resolved. (fake-office)', location);
      reconcileAnnotations();
      if (this._record.removed) throw itemNotFound(location, `the annotation ${this._record.id} is no longer in the document (deleted, or its paragraph was edited)`);
      return this._record;
    }

    _snapshot(names) {
      const record = this._live('Annotation.load');
      const values = {};
      if (names.includes('id')) values.id = record.id;
      if (names.includes('state')) values.state = record.state;
      if (names.some((name) => name.startsWith('critiqueAnnotation'))) values.critiqueAnnotation = {critique: critiqueOf(record)};
      return values;
    }

    _apply({critiqueAnnotation, ...values}) {
      Object.assign(this._loaded, values);
      if (critiqueAnnotation) this.critiqueAnnotation._apply(critiqueAnnotation);
    }

    delete() {
      log('Annotation.delete');
      this._context._enqueue('Annotation.delete', () => {
        requireWordApi('1.7', 'Annotation.delete');
        removeAnnotations([this._live('Annotation.delete')], true);
      });
    }

    toJSON() {
      const json = {...this._loaded};
      if (this._critiqueAnnotation && 'critique' in this._critiqueAnnotation._loaded) json.critiqueAnnotation = this._critiqueAnnotation.toJSON();
      return json;
    }
  }

  class CritiqueAnnotation extends ClientObject {
    constructor(context, annotation) {
      super(context, 'CritiqueAnnotation');
      this._annotation = annotation;
      this._range = null;
    }

    get _loadable() {
      return ['critique'];
    }

    get critique() {
      return this._read('critique');
    }

    get range() {
      if (!this._range) {
        const range = new Range(this._context);
        this._context._enqueue('CritiqueAnnotation.range', () => {
          const record = this._annotation._live('CritiqueAnnotation.range');
          const p = paragraphIndex(record.element);
          range._bind({p, offset: record.start}, {p, offset: record.start + record.length});
        });
        this._range = range;
      }
      return this._range;
    }

    _snapshot(names) {
      const record = this._annotation._live('CritiqueAnnotation.load');
      return names.includes('critique') ? {critique: critiqueOf(record)} : {};
    }

    _decide(method, state) {
      log(`CritiqueAnnotation.${method}`);
      this._context._enqueue(`CritiqueAnnotation.${method}`, () => {
        requireWordApi('1.7', `CritiqueAnnotation.${method}`);
        this._annotation._live(`CritiqueAnnotation.${method}`).state = state;
        renderHighlights();
      });
    }

    accept() {
      this._decide('accept', 'Accepted');
    }

    reject() {
      this._decide('reject', 'Rejected');
    }
  }

  /** OfficeExtension.ClientResult: the value of a method's result, readable after the sync. */
  class ClientResult {
    constructor() {
      this._hasValue = false;
      this._value = undefined;
    }

    get value() {
      if (!this._hasValue) {
        throw new OfficeExtensionError(
          ErrorCodes.valueNotLoaded,
          'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
          'ClientResult.value',
        );
      }
      return this._value;
    }

    _set(value) {
      this._value = value;
      this._hasValue = true;
    }

    toJSON() {
      return this._hasValue ? this._value : undefined;
    }
  }

  /** OfficeExtension.EventHandlers of one event of Document. */
  class EventHandlers {
    constructor(context, event) {
      this._context = context;
      this._event = event;
    }

    add(handler) {
      const location = `Document.${this._event}`;
      log(`${location}.add`);
      if (typeof handler !== 'function') throw invalidArgument(`${location}.add`, 'the handler must be a function');
      const result = new EventHandlerResult(this._context, this, handler);
      this._context._enqueue(`${location}.add`, () => {
        requireWordApi(documentEvents[this._event], location);
        registrations.push({event: this._event, handler, context: this._context});
      });
      return result;
    }

    /** Removes the handler added through the same request context (as in Office.js; else nothing). */
    remove(handler) {
      const location = `Document.${this._event}`;
      log(`${location}.remove`);
      this._context._enqueue(
        `${location}.remove`,
        () => {
          const index = registrations.findIndex((registration) => registration.event === this._event && registration.handler === handler && registration.context === this._context);
          if (index >= 0) registrations.splice(index, 1);
        },
        {evenWhenClosed: true},
      );
    }
  }

  class EventHandlerResult {
    constructor(context, handlers, handler) {
      this.context = context;
      this._handlers = handlers;
      this._handler = handler;
    }

    remove() {
      this._handlers.remove(this._handler);
    }
  }

  class RangeCollection extends ClientCollection {
    constructor(context) {
      super(context, 'RangeCollection', Range);
      this._found = [];
    }

    _resolveItems() {
      return this._found;
    }
  }

  class Range extends ClientObject {
    constructor(context) {
      super(context, 'Range');
      this._domRange = null;
      this._paragraphs = null;
    }

    get _loadable() {
      return ['text'];
    }

    get text() {
      return this._read('text');
    }

    get paragraphs() {
      this._paragraphs ??= new ParagraphCollection(this._context, () => {
        const [start, end] = this._positions();
        return paragraphElements().slice(start.p, end.p + 1);
      });
      return this._paragraphs;
    }

    _bind(start, end) {
      this._domRange = document.createRange();
      setDomRange(this._domRange, start, end);
      this._context._trackRange(this._domRange);
    }

    _positions() {
      if (!this._domRange) throw new OfficeExtensionError(ErrorCodes.generalException, 'The range was never resolved. (fake-office)', 'Range');
      return rangePositions(this._domRange);
    }

    _snapshot(names) {
      const [start, end] = this._positions();
      return names.includes('text') ? {text: textBetween(start, end)} : {};
    }

    select(selectionMode) {
      log('Range.select', selectionMode === undefined ? [] : [selectionMode]);
      const mode = selectionMode === undefined ? 'Select' : Object.values(Word.SelectionMode).find((known) => known.toLowerCase() === String(selectionMode).toLowerCase());
      if (!mode) throw invalidArgument('Range.select', `unknown selection mode ${JSON.stringify(selectionMode)}`);
      this._context._enqueue('Range.select', () => {
        let [start, end] = this._positions();
        if (mode === 'Start') end = start;
        if (mode === 'End') start = end;
        const domRange = document.createRange();
        setDomRange(domRange, start, end);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(domRange);
        selectionInDocumentDuringSync = true;
        rememberSelection(domRange);
        fake.selection = describe(start, end);
        paragraphElements()[start.p].scrollIntoView?.({block: 'nearest', inline: 'nearest'});
      });
    }

    insertText(text, insertLocation) {
      log('Range.insertText', [text, insertLocation]);
      if (typeof text !== 'string') throw invalidArgument('Range.insertText', 'text must be a string');
      if (/[\r\n\v]/.test(text)) throw invalidArgument('Range.insertText', 'text with line or paragraph breaks is not implemented');
      if (String(insertLocation).toLowerCase() !== 'replace') {
        throw invalidArgument('Range.insertText', `insertLocation ${JSON.stringify(insertLocation)} is not implemented (only 'Replace')`);
      }
      const inserted = new Range(this._context);
      this._context._enqueue('Range.insertText', () => {
        const [start, end] = this._positions();
        const {text: oldText, ...place} = describe(start, end);
        const edited = paragraphElements().slice(start.p, end.p + 1);
        inserted._bind(start, start); // tracked during the edit, then set to the new text
        const insertedEnd = replace(start, end, text, [this._domRange, inserted._domRange]);
        setDomRange(inserted._domRange, start, insertedEnd);
        fake.edits.push({...place, oldText, newText: text, changeTrackingMode: fake.changeTrackingMode});
        noteAddInEdit(edited);
      });
      return inserted;
    }

    insertComment(commentText) {
      log('Range.insertComment', [commentText]);
      if (typeof commentText !== 'string') throw invalidArgument('Range.insertComment', 'commentText must be a string');
      const comment = new Comment(this._context);
      this._context._enqueue('Range.insertComment', () => {
        requireWordApi('1.4', 'Range.insertComment');
        const [start, end] = this._positions();
        const place = describe(start, end);
        const id = `fake-comment-${fake.comments.length + 1}`;
        fake.comments.push({text: commentText, anchor: place.text, paragraph: place.paragraph, start: place.start, end: place.end});
        comment._values = {content: commentText, id};
      });
      return comment;
    }
  }

  class Comment extends ClientObject {
    constructor(context) {
      super(context, 'Comment');
      this._values = null;
    }

    get _loadable() {
      return ['content', 'id'];
    }

    get content() {
      return this._read('content');
    }

    get id() {
      return this._read('id');
    }

    _snapshot(names) {
      return Object.fromEntries(names.map((name) => [name, this._values[name]]));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Word and Office

  async function run(first, second) {
    log('Word.run');
    await null; // Office.js starts the batch in a later microtask, not inside Word.run()
    // Word.run(batch), or Word.run(context, batch): a batch on the context of an earlier batch
    // (the Office.js way to remove an event handler later).
    const earlier = first instanceof RequestContext ? first : null;
    const batch = earlier ? second : first;
    if (typeof batch !== 'function' || (!earlier && second !== undefined)) {
      throw invalidArgument('Word.run', 'Word.run needs (batch) or (requestContext, batch) (other overloads are not implemented)');
    }
    const context = earlier ?? new RequestContext();
    context._open();
    try {
      const result = batch(context);
      if (result === null || result === undefined || typeof result.then !== 'function') {
        throw new OfficeExtensionError(
          ErrorCodes.runMustReturnPromise,
          'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
          'Word.run',
        );
      }
      const value = await result;
      if (context._queue.length) {
        fake.syncCount++;
        log('context.sync', undefined, {implicit: true});
        await context._flush();
      }
      return value;
    } finally {
      context._release();
    }
  }

  const Word = {
    run,
    ChangeTrackingMode: {off: 'Off', trackAll: 'TrackAll', trackMineOnly: 'TrackMineOnly'},
    InsertLocation: {before: 'Before', after: 'After', start: 'Start', end: 'End', replace: 'Replace'},
    SelectionMode: {select: 'Select', start: 'Start', end: 'End'},
    CritiqueColorScheme: {red: 'Red', green: 'Green', blue: 'Blue', lavender: 'Lavender', berry: 'Berry'},
    AnnotationState: {created: 'Created', accepted: 'Accepted', rejected: 'Rejected'},
    EventSource: {local: 'Local', remote: 'Remote'},
    EventType: {
      contentControlDeleted: 'ContentControlDeleted',
      contentControlSelectionChanged: 'ContentControlSelectionChanged',
      contentControlDataChanged: 'ContentControlDataChanged',
      contentControlAdded: 'ContentControlAdded',
      annotationAdded: 'AnnotationAdded',
      annotationChanged: 'AnnotationChanged',
      annotationDeleted: 'AnnotationDeleted',
      contentControlEntered: 'ContentControlEntered',
      contentControlExited: 'ContentControlExited',
      paragraphAdded: 'ParagraphAdded',
      paragraphChanged: 'ParagraphChanged',
      paragraphDeleted: 'ParagraphDeleted',
      annotationClicked: 'AnnotationClicked',
      annotationHovered: 'AnnotationHovered',
      annotationInserted: 'AnnotationInserted',
      annotationRemoved: 'AnnotationRemoved',
      annotationPopupAction: 'AnnotationPopupAction',
    },
    RequestContext,
  };

  const domReady =
    document.readyState === 'loading' ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), {once: true})) : Promise.resolve();

  const Office = {
    HostType: {Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access'},
    PlatformType: {PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal'},
    onReady(callback) {
      log('Office.onReady');
      return domReady.then(() => {
        const info = {host: Office.HostType.Word, platform: Office.PlatformType.OfficeOnline};
        if (typeof callback === 'function') callback(info);
        return info;
      });
    },
    context: {
      requirements: {
        isSetSupported(name, minVersion) {
          log('Office.context.requirements.isSetSupported', minVersion === undefined ? [name] : [name, minVersion]);
          if (String(name).toLowerCase() !== 'wordapi') return false;
          const wanted = parseVersion(minVersion ?? '1.1');
          return wanted !== null && wordApiAtLeast(wanted.join('.'));
        },
      },
    },
  };

  fake.api = {
    Office: ['onReady', 'HostType', 'PlatformType', 'context.requirements.isSetSupported'],
    Word: [
      'run (batch) and (requestContext, batch)',
      'ChangeTrackingMode',
      'InsertLocation (Replace only)',
      'SelectionMode',
      'CritiqueColorScheme',
      'AnnotationState',
      'EventSource',
      'EventType',
    ],
    RequestContext: ['document', 'sync', 'load'],
    Document: [
      'body',
      'changeTrackingMode (1.4)',
      'getSelection',
      'getAnnotationById (1.7)',
      'onParagraphChanged (1.6)',
      'onParagraphAdded (1.6)',
      'onParagraphDeleted (1.6)',
      'onAnnotationClicked (1.7)',
      'onAnnotationHovered (1.7)',
      'onAnnotationInserted (1.7)',
      'onAnnotationRemoved (1.7)',
      'onAnnotationPopupAction (1.8)',
      'load',
    ],
    Body: ['paragraphs'],
    ParagraphCollection: ['items', 'load'],
    Paragraph: ['text', 'uniqueLocalId (1.6)', 'search', 'getAnnotations (1.7)', 'insertAnnotations (1.7; Critique.popupOptions 1.8)', 'load'],
    RangeCollection: ['items', 'load'],
    Range: ['text', 'paragraphs', 'select', 'insertText (Replace)', 'insertComment (1.4)', 'load'],
    Comment: ['content', 'id', 'load'],
    AnnotationCollection: ['items', 'load'],
    Annotation: ['id', 'state', 'critiqueAnnotation', 'delete', 'load'],
    CritiqueAnnotation: ['critique', 'range', 'accept', 'reject', 'load'],
    ClientResult: ['value'],
    EventHandlers: ['add', 'remove'],
    EventHandlerResult: ['context', 'remove'],
  };

  // The document element the page was written with is the starting point for paragraph events.
  domReady.then(() => watchRoot(document.getElementById('document')));

  window.Office = Office;
  window.Word = Word;
  window.OfficeExtension = {Error: OfficeExtensionError, ErrorCodes};
  window.fakeWord = fake;
})();
