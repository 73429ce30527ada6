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
//
// window.fakeWord:
//   apiVersion        highest WordApi version the "host" supports (default '1.4'; may be preset by
//                     assigning window.fakeWord = {apiVersion: '1.3'} before this script runs).
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
//   setDocument(paragraphs: string[]), documentText() (paragraphs joined with "\n"), reset().
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
    const element = paragraphs[position.p];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let rest = position.offset;
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

    _enqueue(location, operation) {
      if (this._closed) {
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
      const wanted = names.length ? names : this._loadable;
      this._context._enqueue(`${this._type}.load`, () => {
        const values = this._snapshot(wanted);
        return () => Object.assign(this._loaded, values);
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
      const wanted = names.length ? names : loadable;
      this._context._enqueue(`${this._type}.load`, () => {
        const items = this._resolveItems();
        const values = items.map((item) => item._snapshot(wanted));
        return () => {
          items.forEach((item, index) => Object.assign(item._loaded, values[index]));
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
      return ['text'];
    }

    get text() {
      return this._read('text');
    }

    _index() {
      const index = paragraphIndex(this._element);
      if (index < 0) throw new OfficeExtensionError(ErrorCodes.itemNotFound, 'The paragraph is no longer in the document. (fake-office)', 'Paragraph');
      return index;
    }

    _snapshot(names) {
      if (this._element.parentNode !== root()) this._index(); // throws: the paragraph is gone
      return names.includes('text') ? {text: this._element.textContent} : {};
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
        inserted._bind(start, start); // tracked during the edit, then set to the new text
        const insertedEnd = replace(start, end, text, [this._domRange, inserted._domRange]);
        setDomRange(inserted._domRange, start, insertedEnd);
        fake.edits.push({...place, oldText, newText: text, changeTrackingMode: fake.changeTrackingMode});
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

  async function run(batch) {
    log('Word.run');
    await null; // Office.js starts the batch in a later microtask, not inside Word.run()
    if (typeof batch !== 'function') throw invalidArgument('Word.run', 'Word.run(batch) needs a batch function (other overloads are not implemented)');
    const context = new RequestContext();
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
      context._close();
    }
  }

  const Word = {
    run,
    ChangeTrackingMode: {off: 'Off', trackAll: 'TrackAll', trackMineOnly: 'TrackMineOnly'},
    InsertLocation: {before: 'Before', after: 'After', start: 'Start', end: 'End', replace: 'Replace'},
    SelectionMode: {select: 'Select', start: 'Start', end: 'End'},
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
    Word: ['run', 'ChangeTrackingMode', 'InsertLocation (Replace only)', 'SelectionMode'],
    RequestContext: ['document', 'sync', 'load'],
    Document: ['body', 'changeTrackingMode (1.4)', 'getSelection', 'load'],
    Body: ['paragraphs'],
    ParagraphCollection: ['items', 'load'],
    Paragraph: ['text', 'search', 'load'],
    RangeCollection: ['items', 'load'],
    Range: ['text', 'paragraphs', 'select', 'insertText (Replace)', 'insertComment (1.4)', 'load'],
    Comment: ['content', 'id', 'load'],
  };

  window.Office = Office;
  window.Word = Word;
  window.OfficeExtension = {Error: OfficeExtensionError, ErrorCodes};
  window.fakeWord = fake;
})();
