// The stand-in for Office.js in test/word/fake-office.js, exercised in a real page (Debian's
// Chromium, headless, every request answered locally) the way task pane code uses Office.js:
// load, sync, search, select, insertText 'Replace', insertComment, change tracking, getSelection,
// paragraph ids and events (WordApi 1.6), annotations (critiques, WordApi 1.7) and their pop-up
// (WordApi 1.8).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {type Browser, type BrowserContext, type Page} from 'playwright-core';
import {launchChromium} from './support/browser.js';

const root = new URL('../', import.meta.url).pathname;
const fakeOffice = readFileSync(join(root, 'test/word/fake-office.js'), 'utf8');

const letter = [
  'Geachte heer Jansen,',
  'Wij hebben uw aanvraag ontvangen. Uw Aanvraag wordt aanstonds in behandeling genomen.',
  'De brief en de brief gaan aan u.',
  'Met vriendelijke groet,',
];

/** What the page has: the fake's globals (Office.js objects untyped here) and two helpers from the test page. */
type PageGlobals = {
  Office: any;
  Word: any;
  OfficeExtension: any;
  fakeWord: {
    apiVersion: string;
    syncCount: number;
    requests: {method: string; args?: unknown[]; implicit?: boolean}[];
    selection: {paragraph: number; start: number; end: number; text: string; endParagraph?: number} | null;
    comments: {text: string; anchor: string; paragraph: number; start: number; end: number}[];
    changeTrackingMode: string;
    edits: {paragraph: number; start: number; end: number; oldText: string; newText: string; changeTrackingMode: string}[];
    annotations: {
      id: string;
      paragraph: number;
      start: number;
      length: number;
      text: string;
      colorScheme: string;
      state: string;
      popupOptions: {brandingTextResourceId?: string; subtitleResourceId?: string; titleResourceId?: string; suggestions?: string[]} | null;
    }[];
    eventHandlers: Record<string, number>;
    setDocument(paragraphs: string[]): void;
    documentText(): string;
    typeInParagraph(index: number, newText: string): void;
    clickAnnotation(id: string): Promise<void>;
    hoverAnnotation(id: string): Promise<void>;
    choosePopupSuggestion(id: string, suggestion: string, options?: {apply?: boolean}): Promise<void>;
    flushEvents(): Promise<void>;
    reset(): void;
  };
  /** The code of the error that read() throws, or 'no error'. */
  errorCode(read: () => unknown): string;
  /** The code of the error the promise rejects with, or 'no error'. */
  rejectionCode(promise: Promise<unknown>): Promise<string>;
};

function testPage(preset: string): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Word</title>
<script>
  // tsx compiles the test with esbuild's keepNames: functions handed to page.evaluate may call __name.
  window.__name = (target) => target;
  window.errorCode = (read) => { try { read(); return 'no error'; } catch (error) { return error.code ?? String(error); } };
  window.rejectionCode = (promise) => promise.then(() => 'no error', (error) => error.code ?? String(error));
  ${preset}
</script>
<script src="/fake-office.js"></script>
</head><body>
<div id="document" contenteditable="true">${letter.map((text) => `<p>${text}</p>`).join('')}</div>
<div id="taskpane"><input id="zoekveld" value="Helder"></div>
</body></html>`;
}

describe('Word stand-in (test/word/fake-office.js)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let browserContext: BrowserContext; // one context, a fresh page per test: much faster than a context per test
  let current: Page | undefined;
  let errors: string[];
  let outside: string[];

  async function open(preset = ''): Promise<Page> {
    const tab = await browserContext.newPage();
    current = tab;
    errors = [];
    outside = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.route('**/*', (route) => {
      const url = route.request().url();
      if (url === 'http://helder.test/') return route.fulfill({contentType: 'text/html', body: testPage(preset)});
      if (url === 'http://helder.test/fake-office.js') return route.fulfill({contentType: 'text/javascript', body: fakeOffice});
      outside.push(url);
      return route.abort();
    });
    await tab.goto('http://helder.test/');
    return tab;
  }

  before(async () => {
    browser = await launchChromium(['--headless']);
    browserContext = await browser.newContext();
  });

  afterEach(async () => {
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
    assert.deepEqual(outside, [], 'no requests outside the test page');
    await current?.close();
    current = undefined;
  });

  after(async () => browser?.close());

  it('answers Office.onReady and the requirement-set check', async () => {
    const tab = await open();
    const result = await tab.evaluate(async () => {
      const {Office} = window as unknown as PageGlobals;
      let fromCallback: unknown = null;
      const info = await Office.onReady((value: unknown) => {
        fromCallback = value;
      });
      const sets: [string, string | undefined][] = [
        ['WordApi', '1.1'],
        ['WordApi', '1.3'],
        ['WordApi', '1.4'],
        ['WordApi', '1.5'],
        ['WordApi', undefined],
        ['ExcelApi', '1.1'],
      ];
      return {
        info,
        fromCallback,
        hostWord: Office.HostType.Word,
        supported: sets.map(([name, version]) => Office.context.requirements.isSetSupported(name, version)),
      };
    });
    assert.deepEqual(result.info, {host: 'Word', platform: 'OfficeOnline'});
    assert.deepEqual(result.fromCallback, result.info);
    assert.equal(result.hostWord, 'Word');
    assert.deepEqual(result.supported, [true, true, true, false, true, false]);
  });

  it('reads properties only after load() and an awaited context.sync()', async () => {
    const tab = await open();
    const result = await tab.evaluate(() =>
      (window as unknown as PageGlobals).Word.run(async (context: any) => {
        const {fakeWord, errorCode} = window as unknown as PageGlobals;
        const paragraphs = context.document.body.paragraphs;
        const codes: string[] = [];
        codes.push(errorCode(() => paragraphs.items));
        paragraphs.load('items/text');
        codes.push(errorCode(() => paragraphs.items)); // loaded, not yet synced
        const syncing = context.sync();
        codes.push(errorCode(() => paragraphs.items)); // sync still running
        const returnsPromise = syncing instanceof Promise;
        await syncing;
        const texts = paragraphs.items.map((paragraph: any) => paragraph.text);

        let message = '';
        try {
          context.document.getSelection().text;
        } catch (error) {
          message = (error as Error).message;
        }

        // A loaded value is a snapshot: it changes with the next load and sync, not before.
        document.querySelector('#document p')!.textContent = 'Beste meneer Jansen,';
        const stale = paragraphs.items[0].text;
        const again = context.document.body.paragraphs.load('text'); // the 'text' form on a collection
        await context.sync();
        return {codes, returnsPromise, texts, message, stale, fresh: again.items[0].text, syncCount: fakeWord.syncCount};
      }),
    );
    assert.deepEqual(result.codes, ['PropertyNotLoaded', 'PropertyNotLoaded', 'PropertyNotLoaded']);
    assert.equal(result.returnsPromise, true);
    assert.deepEqual(result.texts, letter);
    assert.match(result.message, /^The property 'text' is not available\. Before reading the property's value, call the load method/);
    assert.equal(result.stale, 'Geachte heer Jansen,');
    assert.equal(result.fresh, 'Beste meneer Jansen,');
    assert.equal(result.syncCount, 2);
  });

  it('searches a paragraph, selects a match and replaces it', async () => {
    const tab = await open();
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord} = window as unknown as PageGlobals;
      return Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        const second = paragraphs.items[1];
        const exact = second.search('Aanvraag', {matchCase: true});
        const anyCase = second.search('aanvraag', {matchCase: false});
        const wholeWord = paragraphs.items[2].search('aan', {matchCase: true, matchWholeWord: true});
        const partial = paragraphs.items[2].search('aan', {matchCase: true});
        for (const ranges of [exact, anyCase, wholeWord, partial]) ranges.load('items/text');
        await context.sync();

        exact.items[0].select();
        await context.sync();
        const selected = {record: fakeWord.selection, dom: window.getSelection()!.toString()};

        const replaced = exact.items[0].insertText('verzoek', 'Replace');
        replaced.load('text');
        await context.sync();
        return {
          counts: [exact, anyCase, wholeWord, partial].map((ranges) => ranges.items.length),
          anyCaseTexts: anyCase.items.map((range: any) => range.text),
          selected,
          replacedText: replaced.text,
          documentText: fakeWord.documentText(),
          edits: fakeWord.edits,
          methods: fakeWord.requests.map((request) => request.method),
        };
      });
    });
    assert.deepEqual(result.counts, [1, 2, 1, 2]);
    assert.deepEqual(result.anyCaseTexts, ['aanvraag', 'Aanvraag']);
    assert.deepEqual(result.selected.record, {paragraph: 1, start: 37, end: 45, text: 'Aanvraag'});
    assert.equal(result.selected.dom, 'Aanvraag');
    assert.equal(result.replacedText, 'verzoek');
    assert.equal(
      result.documentText,
      [letter[0], 'Wij hebben uw aanvraag ontvangen. Uw verzoek wordt aanstonds in behandeling genomen.', letter[2], letter[3]].join('\n'),
    );
    assert.deepEqual(result.edits, [{paragraph: 1, start: 37, end: 45, oldText: 'Aanvraag', newText: 'verzoek', changeTrackingMode: 'Off'}]);
    assert.deepEqual(result.methods, [
      'Word.run',
      'ParagraphCollection.load',
      'context.sync',
      'Paragraph.search',
      'Paragraph.search',
      'Paragraph.search',
      'Paragraph.search',
      'RangeCollection.load',
      'RangeCollection.load',
      'RangeCollection.load',
      'RangeCollection.load',
      'context.sync',
      'Range.select',
      'context.sync',
      'Range.insertText',
      'Range.load',
      'context.sync',
    ]);
  });

  it("reads Word's ^ codes in the search text (^^ is a caret)", async () => {
    const tab = await open();
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord, rejectionCode} = window as unknown as PageGlobals;
      fakeWord.setDocument(['Oppervlakte 2^3 m, bedrag 15 euro (a-b).']);
      const found = await Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items');
        await context.sync();
        const searches = ['2^^3', 'bedrag ^#^#', '(a-b)', '^$^$^$^$^w15'].map((text) => paragraphs.items[0].search(text, {matchCase: true}));
        for (const ranges of searches) ranges.load('items/text');
        await context.sync();
        return searches.map((ranges) => ranges.items.map((range: any) => range.text));
      });
      const unknownCode = await rejectionCode(
        Word.run(async (context: any) => {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load('items');
          await context.sync();
          paragraphs.items[0].search('m^p', {matchCase: true}).load('items');
          await context.sync();
        }),
      );
      return {found, unknownCode};
    });
    assert.deepEqual(result.found, [['2^3'], ['bedrag 15'], ['(a-b)'], ['drag 15']]);
    assert.equal(result.unknownCode, 'InvalidArgument');
  });

  it('keeps ranges on their text while earlier text changes (several replacements, typing)', async () => {
    const tab = await open();
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord} = window as unknown as PageGlobals;
      fakeWord.setDocument(['De brief en de brief.', 'aaaa', 'Wij sturen u de brief.']);
      return Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items');
        await context.sync();
        const letters = paragraphs.items[0].search('brief', {matchCase: true, matchWholeWord: true});
        const pairs = paragraphs.items[1].search('aa', {matchCase: true});
        const last = paragraphs.items[2].search('brief', {matchCase: true});
        letters.load('items/text');
        pairs.load('items/text');
        last.load('items/text');
        await context.sync();
        // One batch: both letters, both (adjacent) pairs; the later ranges move along.
        for (const range of letters.items) range.insertText('mail', 'Replace');
        for (const range of pairs.items) range.insertText('b', 'Replace');
        await context.sync();

        // The user types at the start of the third paragraph while the task pane waits.
        const element = document.getElementById('document')!;
        element.focus();
        const caret = document.createRange();
        caret.setStart(element.children[2].firstChild!, 0);
        caret.collapse(true);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(caret);
        document.execCommand('insertText', false, 'Vandaag ');
        // ... and leaves the caret at the end of that paragraph, after the text to replace.
        const end = document.createRange();
        end.setStart(element.children[2].firstChild!, element.children[2].textContent!.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(end);

        last.items[0].insertText('e-mail', 'Replace');
        last.items[0].load('text');
        await context.sync();
        const after = window.getSelection()!.getRangeAt(0);
        return {
          text: fakeWord.documentText(),
          movedRange: last.items[0].text,
          pairs: pairs.items.length,
          caret: {collapsed: after.collapsed, inThirdParagraph: element.children[2].contains(after.startContainer), offset: after.startOffset},
        };
      });
    });
    assert.equal(result.pairs, 2);
    assert.equal(result.text, 'De mail en de mail.\nbb\nVandaag Wij sturen u de e-mail.');
    assert.equal(result.movedRange, 'e-mail');
    assert.deepEqual(result.caret, {collapsed: true, inThirdParagraph: true, offset: 'Vandaag Wij sturen u de e-mail.'.length});
  });

  it('adds comments (WordApi 1.4) and records them', async () => {
    const tab = await open();
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord} = window as unknown as PageGlobals;
      return Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        const ranges = paragraphs.items[1].search('aanstonds', {matchCase: true});
        ranges.load('items');
        await context.sync();
        const comment = ranges.items[0].insertComment('Schrijf liever: "meteen".');
        comment.load('content');
        await context.sync();
        return {comments: fakeWord.comments, content: comment.content, documentText: fakeWord.documentText()};
      });
    });
    assert.deepEqual(result.comments, [{text: 'Schrijf liever: "meteen".', anchor: 'aanstonds', paragraph: 1, start: 52, end: 61}]);
    assert.equal(result.content, 'Schrijf liever: "meteen".');
    assert.equal(result.documentText, letter.join('\n'), 'a comment leaves the text alone');
  });

  it('sets and reads the change tracking mode; replacements record it', async () => {
    const tab = await open();
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord} = window as unknown as PageGlobals;
      return Word.run(async (context: any) => {
        context.document.changeTrackingMode = Word.ChangeTrackingMode.trackAll;
        await context.sync();
        const afterSet = fakeWord.changeTrackingMode;
        context.document.load('changeTrackingMode');
        const ranges = context.document.body.paragraphs;
        ranges.load('items');
        await context.sync();
        const loaded = context.document.changeTrackingMode;
        const found = ranges.items[3].search('vriendelijke', {matchCase: true});
        found.load('items');
        await context.sync();
        found.items[0].insertText('hartelijke', 'Replace');
        context.document.changeTrackingMode = Word.ChangeTrackingMode.off;
        await context.sync();
        return {afterSet, loaded, afterSetOff: context.document.changeTrackingMode, final: fakeWord.changeTrackingMode, edits: fakeWord.edits};
      });
    });
    assert.equal(result.afterSet, 'TrackAll');
    assert.equal(result.loaded, 'TrackAll');
    assert.equal(result.afterSetOff, 'Off', 'a property set in the batch reads back at once, as in Office.js');
    assert.equal(result.final, 'Off');
    assert.equal(result.edits[0].changeTrackingMode, 'TrackAll');
    assert.equal(result.edits[0].newText, 'hartelijke');
  });

  it('returns the selection in the document with its paragraphs, also after focus moved to the task pane', async () => {
    const tab = await open();
    const result = await tab.evaluate(async () => {
      const {Word} = window as unknown as PageGlobals;
      const paragraphs = document.querySelectorAll('#document p');
      const range = document.createRange();
      range.setStart(paragraphs[1].firstChild!, 34); // "Uw Aanvraag ..."
      range.setEnd(paragraphs[2].firstChild!, 9); // "De brief "
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      await new Promise((resolve) => setTimeout(resolve, 20)); // selectionchange
      (document.getElementById('zoekveld') as HTMLInputElement).select(); // the user works in the task pane
      await new Promise((resolve) => setTimeout(resolve, 20));
      return Word.run(async (context: any) => {
        const selection = context.document.getSelection();
        selection.load('text');
        const touched = selection.paragraphs;
        touched.load('items/text');
        await context.sync();
        return {text: selection.text, paragraphs: touched.items.map((paragraph: any) => paragraph.text)};
      });
    });
    assert.equal(result.text, 'Uw Aanvraag wordt aanstonds in behandeling genomen.\rDe brief ');
    assert.deepEqual(result.paragraphs, [letter[1], letter[2]]);
  });

  it('fails like Office.js: no promise from the batch, finished batches, unknown properties, long search text', async () => {
    const tab = await open();
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord, rejectionCode, errorCode} = window as unknown as PageGlobals;
      const noPromise = await rejectionCode(Word.run(() => 42));
      let leftOver: any = null;
      await Word.run(async (context: any) => {
        leftOver = context.document.body.paragraphs;
        leftOver.load('items');
        await context.sync();
      });
      const afterRun = errorCode(() => leftOver.items[0].search('brief'));
      const stillReadable = leftOver.items.length;
      const unknownProperty = await rejectionCode(
        Word.run(async (context: any) => {
          context.document.body.paragraphs.load('items/style');
          await context.sync();
        }),
      );
      const longSearch = await rejectionCode(
        Word.run(async (context: any) => {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load('items');
          await context.sync();
          paragraphs.items[1].search('x'.repeat(256), {matchCase: true}).load('items');
          paragraphs.items[1].search('ontvangen', {matchCase: true}).load('items');
          await context.sync();
        }),
      );
      // The final flush of Word.run: work queued without a last context.sync() still happens.
      fakeWord.reset();
      await Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items');
        await context.sync();
        const found = paragraphs.items[0].search('heer', {matchCase: true});
        found.load('items');
        await context.sync();
        found.items[0].insertText('mevrouw', 'Replace');
      });
      return {
        noPromise,
        afterRun,
        stillReadable,
        unknownProperty,
        longSearch,
        firstParagraph: fakeWord.documentText().split('\n')[0],
        syncs: fakeWord.requests.filter((request) => request.method === 'context.sync'),
        syncCount: fakeWord.syncCount,
      };
    });
    assert.equal(result.noPromise, 'RunMustReturnPromise');
    assert.equal(result.afterRun, 'InvalidObjectPath');
    assert.equal(result.stillReadable, 4);
    assert.equal(result.unknownProperty, 'InvalidArgument');
    assert.equal(result.longSearch, 'SearchStringInvalidOrTooLong');
    assert.equal(result.firstParagraph, 'Geachte mevrouw Jansen,');
    assert.deepEqual(result.syncs, [{method: 'context.sync'}, {method: 'context.sync'}, {method: 'context.sync', implicit: true}]);
    assert.equal(result.syncCount, 3);
  });

  it('reports WordApi 1.4 calls as ApiNotFound when the host has only WordApi 1.3', async () => {
    const tab = await open(`window.fakeWord = {apiVersion: '1.3'};`);
    const result = await tab.evaluate(async () => {
      const {Office, Word, fakeWord, rejectionCode} = window as unknown as PageGlobals;
      const comment = await rejectionCode(
        Word.run(async (context: any) => {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load('items');
          await context.sync();
          paragraphs.items[0].search('Jansen', {matchCase: true}).load('items');
          const found = paragraphs.items[0].search('Jansen', {matchCase: true});
          found.load('items');
          await context.sync();
          found.items[0].insertComment('Naam controleren');
          await context.sync();
        }),
      );
      const tracking = await rejectionCode(
        Word.run(async (context: any) => {
          context.document.changeTrackingMode = Word.ChangeTrackingMode.trackAll;
          await context.sync();
        }),
      );
      return {
        apiVersion: fakeWord.apiVersion,
        supports13: Office.context.requirements.isSetSupported('WordApi', '1.3'),
        supports14: Office.context.requirements.isSetSupported('WordApi', '1.4'),
        comment,
        tracking,
        comments: fakeWord.comments.length,
        mode: fakeWord.changeTrackingMode,
      };
    });
    assert.deepEqual(result, {apiVersion: '1.3', supports13: true, supports14: false, comment: 'ApiNotFound', tracking: 'ApiNotFound', comments: 0, mode: 'Off'});
  });

  it('inserts critiques (WordApi 1.7) and returns their ids; finds, accepts and deletes them by id', async () => {
    const tab = await open(`window.fakeWord = {apiVersion: '1.7'};`);
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord, errorCode, rejectionCode} = window as unknown as PageGlobals;
      const heard: unknown[] = [];
      await Word.run(async (context: any) => {
        context.document.onAnnotationInserted.add(async (args: unknown) => heard.push(['inserted', args]));
        context.document.onAnnotationRemoved.add(async (args: unknown) => heard.push(['removed', args]));
        await context.sync();
      });
      const inserted = await Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        const text: string = paragraphs.items[1].text;
        const ids = paragraphs.items[1].insertAnnotations({
          critiques: [
            {colorScheme: Word.CritiqueColorScheme.blue, start: text.indexOf('aanstonds'), length: 'aanstonds'.length},
            {colorScheme: 'Lavender', start: text.indexOf('in behandeling genomen'), length: 'in behandeling genomen'.length},
          ],
        });
        const beforeSync = errorCode(() => ids.value);
        await context.sync();
        return {beforeSync, ids: ids.value as string[]};
      });
      const [first, second] = inserted.ids;
      const found = await Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items');
        await context.sync();
        const onSecond = paragraphs.items[1].getAnnotations();
        onSecond.load('items/id,items/state,items/critiqueAnnotation/critique');
        const onFirst = paragraphs.items[0].getAnnotations();
        onFirst.load('items/id');
        const byId = context.document.getAnnotationById(first);
        const range = byId.critiqueAnnotation.range;
        range.load('text');
        await context.sync();
        byId.critiqueAnnotation.accept();
        byId.load('state');
        await context.sync();
        return {
          listed: onSecond.items.map((annotation: any) => [annotation.id, annotation.state, annotation.critiqueAnnotation.critique]),
          onFirst: onFirst.items.length,
          rangeText: range.text,
          acceptedState: byId.state,
        };
      });
      const deleted = await Word.run(async (context: any) => {
        context.document.getAnnotationById(second).delete();
        await context.sync();
        return 'ok';
      });
      const afterDelete = await rejectionCode(
        Word.run(async (context: any) => {
          context.document.getAnnotationById(second).load('id');
          await context.sync();
        }),
      );
      const unknown = await rejectionCode(
        Word.run(async (context: any) => {
          context.document.getAnnotationById('00000000-0000-4000-8000-000000000000').load('id');
          await context.sync();
        }),
      );
      await fakeWord.flushEvents();
      return {
        inserted,
        found,
        deleted,
        afterDelete,
        unknown,
        heard,
        annotations: fakeWord.annotations,
        documentText: fakeWord.documentText(),
        methods: fakeWord.requests.map((request) => request.method).filter((method) => /Annotation/.test(method)),
      };
    });
    const [first, second] = result.inserted.ids;
    assert.equal(result.inserted.beforeSync, 'ValueNotLoaded');
    assert.equal(result.inserted.ids.length, 2);
    assert.notEqual(first, second);
    const second1 = letter[1];
    assert.deepEqual(result.found.listed, [
      [first, 'Created', {colorScheme: 'Blue', start: second1.indexOf('aanstonds'), length: 9}],
      [second, 'Created', {colorScheme: 'Lavender', start: second1.indexOf('in behandeling genomen'), length: 22}],
    ]);
    assert.equal(result.found.onFirst, 0);
    assert.equal(result.found.rangeText, 'aanstonds');
    assert.equal(result.found.acceptedState, 'Accepted');
    assert.equal(result.deleted, 'ok');
    assert.equal(result.afterDelete, 'ItemNotFound');
    assert.equal(result.unknown, 'ItemNotFound');
    assert.deepEqual(result.heard, [
      ['inserted', {ids: [first, second]}],
      ['removed', {ids: [second]}],
    ]);
    assert.deepEqual(result.annotations, [
      {id: first, paragraph: 1, start: second1.indexOf('aanstonds'), length: 9, text: 'aanstonds', colorScheme: 'Blue', state: 'Accepted', popupOptions: null},
    ]);
    assert.equal(result.documentText, letter.join('\n'), 'annotations leave the text alone');
    assert.deepEqual(result.methods, [
      'Document.onAnnotationInserted.add',
      'Document.onAnnotationRemoved.add',
      'Paragraph.insertAnnotations',
      'Paragraph.getAnnotations',
      'AnnotationCollection.load',
      'Paragraph.getAnnotations',
      'AnnotationCollection.load',
      'Document.getAnnotationById',
      'CritiqueAnnotation.accept',
      'Annotation.load',
      'Document.getAnnotationById',
      'Annotation.delete',
      'Document.getAnnotationById',
      'Annotation.load',
      'Document.getAnnotationById',
      'Annotation.load',
    ]);
  });

  it("drops a paragraph's annotations when its text changes (typing, insertText, typeInParagraph)", async () => {
    const tab = await open(`window.fakeWord = {apiVersion: '1.7'};`);
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord} = window as unknown as PageGlobals;
      fakeWord.setDocument([
        'Wij verzoeken u vriendelijk het formulier te retourneren.',
        'Indien u vragen heeft, kunt u ons bellen.',
        'De gemeente neemt uw aanvraag in behandeling.',
      ]);
      const removed: string[][] = [];
      const ids: string[] = await Word.run(async (context: any) => {
        context.document.onAnnotationRemoved.add(async ({ids}: {ids: string[]}) => removed.push(ids));
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        const words = ['verzoeken', 'Indien', 'in behandeling'];
        const results = paragraphs.items.map((paragraph: any, index: number) =>
          paragraph.insertAnnotations({critiques: [{colorScheme: 'Red', start: paragraph.text.indexOf(words[index]), length: words[index].length}]}),
        );
        await context.sync();
        return results.map((result: any) => result.value[0]);
      });
      const current = () => fakeWord.annotations.map((annotation) => annotation.id);
      const steps: Record<string, unknown> = {start: current()};

      // The user types at the end of the first paragraph.
      const element = document.getElementById('document')!;
      element.focus();
      const first = element.children[0].firstChild!;
      const caret = document.createRange();
      caret.setStart(first, first.textContent!.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(caret);
      document.execCommand('insertText', false, ' Alvast bedankt.');
      steps.typed = current(); // at once, before any event
      await fakeWord.flushEvents();
      steps.removedAfterTyping = removed.slice();

      // The add-in replaces a word elsewhere in the third paragraph: its critique goes too.
      steps.sameBatch = await Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items');
        await context.sync();
        const found = paragraphs.items[2].search('gemeente', {matchCase: true});
        found.load('items');
        await context.sync();
        found.items[0].insertText('afdeling', 'Replace');
        const left = paragraphs.items[2].getAnnotations();
        left.load('items/id');
        await context.sync();
        return left.items.length;
      });
      steps.afterInsertText = current();
      await fakeWord.flushEvents();

      fakeWord.typeInParagraph(1, 'Als u vragen heeft, kunt u ons bellen.');
      steps.afterTypeIn = current();
      await fakeWord.flushEvents();
      return {ids, steps, removed, text: fakeWord.documentText()};
    });
    const [first, second, third] = result.ids;
    assert.deepEqual(result.steps.start, [first, second, third]);
    assert.deepEqual(result.steps.typed, [second, third], 'the other paragraphs keep theirs');
    assert.deepEqual(result.steps.removedAfterTyping, [[first]]);
    assert.equal(result.steps.sameBatch, 0);
    assert.deepEqual(result.steps.afterInsertText, [second]);
    assert.deepEqual(result.steps.afterTypeIn, []);
    assert.deepEqual(result.removed, [[first], [third], [second]]);
    assert.equal(
      result.text,
      'Wij verzoeken u vriendelijk het formulier te retourneren. Alvast bedankt.\nAls u vragen heeft, kunt u ons bellen.\nDe afdeling neemt uw aanvraag in behandeling.',
    );
  });

  it('takes popupOptions on a critique from WordApi 1.8 only; Word shows three suggestions', async () => {
    const tab = await open(`window.fakeWord = {apiVersion: '1.7'};`);
    const result = await tab.evaluate(async () => {
      const {Office, Word, fakeWord, rejectionCode} = window as unknown as PageGlobals;
      const insert = () =>
        Word.run(async (context: any) => {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load('items/text');
          await context.sync();
          const text: string = paragraphs.items[1].text;
          const ids = paragraphs.items[1].insertAnnotations({
            critiques: [
              {
                colorScheme: 'Blue',
                start: text.indexOf('aanstonds'),
                length: 'aanstonds'.length,
                popupOptions: {
                  brandingTextResourceId: 'Helder.Critique.Branding',
                  subtitleResourceId: 'Helder.Critique.Subtitle',
                  titleResourceId: 'Helder.Rule.jargon',
                  suggestions: ['meteen', 'direct', 'zo snel mogelijk', 'straks'],
                },
              },
            ],
          });
          await context.sync();
          const annotation = context.document.getAnnotationById(ids.value[0]);
          annotation.load('id,critiqueAnnotation');
          await context.sync();
          return annotation.critiqueAnnotation.critique;
        });
      const at17 = await rejectionCode(insert());
      const annotationsAt17 = fakeWord.annotations.length;
      fakeWord.apiVersion = '1.8';
      const supports18 = Office.context.requirements.isSetSupported('WordApi', '1.8');
      const critique = await insert();
      return {at17, annotationsAt17, supports18, critique, shown: fakeWord.annotations[0].popupOptions};
    });
    assert.equal(result.at17, 'ApiNotFound');
    assert.equal(result.annotationsAt17, 0);
    assert.equal(result.supports18, true);
    assert.deepEqual(result.critique, {
      colorScheme: 'Blue',
      start: letter[1].indexOf('aanstonds'),
      length: 9,
      popupOptions: {
        brandingTextResourceId: 'Helder.Critique.Branding',
        subtitleResourceId: 'Helder.Critique.Subtitle',
        titleResourceId: 'Helder.Rule.jargon',
        suggestions: ['meteen', 'direct', 'zo snel mogelijk', 'straks'],
      },
    });
    assert.deepEqual(result.shown?.suggestions, ['meteen', 'direct', 'zo snel mogelijk']);
  });

  it('reports WordApi 1.6, 1.7 and 1.8 calls as ApiNotFound on hosts without them', async () => {
    const tab = await open(`window.fakeWord = {apiVersion: '1.6'};`);
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord, rejectionCode, errorCode} = window as unknown as PageGlobals;
      const withParagraph = (work: (context: any, paragraph: any) => void) =>
        rejectionCode(
          Word.run(async (context: any) => {
            const paragraphs = context.document.body.paragraphs;
            paragraphs.load('items');
            await context.sync();
            work(context, paragraphs.items[0]);
            await context.sync();
          }),
        );
      const at16 = {
        insertAnnotations: await withParagraph((_, paragraph) => paragraph.insertAnnotations({critiques: [{colorScheme: 'Red', start: 0, length: 7}]})),
        getAnnotations: await withParagraph((_, paragraph) => paragraph.getAnnotations().load('items/id')),
        getAnnotationById: await withParagraph((context) => context.document.getAnnotationById('x').load('id')),
        onAnnotationClicked: await withParagraph((context) => context.document.onAnnotationClicked.add(async () => {})),
        uniqueLocalId: await withParagraph((_, paragraph) => paragraph.load('uniqueLocalId')),
        onParagraphChanged: await withParagraph((context) => context.document.onParagraphChanged.add(async () => {})),
      };
      fakeWord.reset();
      fakeWord.apiVersion = '1.7';
      const popupActionAt17 = await withParagraph((context) => context.document.onAnnotationPopupAction.add(async () => {}));
      fakeWord.apiVersion = '1.5';
      const at15 = {
        uniqueLocalId: await withParagraph((_, paragraph) => paragraph.load('uniqueLocalId')),
        onParagraphChanged: await withParagraph((context) => context.document.onParagraphChanged.add(async () => {})),
        onParagraphAdded: await withParagraph((context) => context.document.onParagraphAdded.add(async () => {})),
        onParagraphDeleted: await withParagraph((context) => context.document.onParagraphDeleted.add(async () => {})),
      };
      // load() without names loads what the host has: no uniqueLocalId before WordApi 1.6.
      const defaultLoad = await Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load();
        await context.sync();
        return {text: paragraphs.items[0].text, id: errorCode(() => paragraphs.items[0].uniqueLocalId)};
      });
      return {at16, popupActionAt17, at15, defaultLoad, handlers: fakeWord.eventHandlers};
    });
    assert.deepEqual(result.at16, {
      insertAnnotations: 'ApiNotFound',
      getAnnotations: 'ApiNotFound',
      getAnnotationById: 'ApiNotFound',
      onAnnotationClicked: 'ApiNotFound',
      uniqueLocalId: 'no error',
      onParagraphChanged: 'no error',
    });
    assert.equal(result.popupActionAt17, 'ApiNotFound');
    assert.deepEqual(result.at15, {uniqueLocalId: 'ApiNotFound', onParagraphChanged: 'ApiNotFound', onParagraphAdded: 'ApiNotFound', onParagraphDeleted: 'ApiNotFound'});
    assert.deepEqual(result.defaultLoad, {text: letter[0], id: 'PropertyNotLoaded'});
    assert.deepEqual(result.handlers, {}, 'nothing registered where the host said ApiNotFound');
  });

  it('gives every paragraph its own uniqueLocalId (WordApi 1.6) that stays through edits', async () => {
    const tab = await open(`window.fakeWord = {apiVersion: '1.6'};`);
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord} = window as unknown as PageGlobals;
      const readIds = () =>
        Word.run(async (context: any) => {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load('items/uniqueLocalId');
          await context.sync();
          return paragraphs.items.map((paragraph: any) => paragraph.uniqueLocalId) as string[];
        });
      const before = await readIds();
      fakeWord.typeInParagraph(0, 'Geachte mevrouw Jansen,');
      const element = document.getElementById('document')!;
      element.focus();
      const caret = document.createRange();
      caret.setStart(element.children[2].firstChild!, 0);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(caret);
      document.execCommand('insertText', false, 'Let op: ');
      await Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items');
        await context.sync();
        const found = paragraphs.items[1].search('aanstonds', {matchCase: true});
        found.load('items');
        await context.sync();
        found.items[0].insertText('meteen', 'Replace');
        await context.sync();
      });
      const after = await readIds();
      fakeWord.setDocument(['Beste inwoner,', 'Wij sturen u de brief.']);
      const newDocument = await readIds();
      return {before, after, newDocument, text: fakeWord.documentText()};
    });
    const guid = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i;
    assert.equal(result.before.length, 4);
    for (const id of [...result.before, ...result.newDocument]) assert.match(id, guid);
    assert.equal(new Set(result.before).size, 4, 'one id per paragraph');
    assert.deepEqual(result.after, result.before, 'the ids stay through typing and insertText');
    assert.equal(result.newDocument.filter((id: string) => result.before.includes(id)).length, 0, 'new paragraphs, new ids');
    assert.match(result.text.split('\n')[1] ?? '', /^Wij sturen/);
  });

  it('fires onParagraphChanged/Added/Deleted (WordApi 1.6) later, after typing and after insertText', async () => {
    const tab = await open(`window.fakeWord = {apiVersion: '1.6'};`);
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord} = window as unknown as PageGlobals;
      const heard: {args: any; argumentCount: number}[] = [];
      const handler = async function (...args: unknown[]) {
        heard.push({args: args[0], argumentCount: args.length});
      };
      const registration = await Word.run(async (context: any) => {
        const results = [
          context.document.onParagraphChanged.add(handler),
          context.document.onParagraphAdded.add(handler),
          context.document.onParagraphDeleted.add(handler),
        ];
        const beforeSync = {...fakeWord.eventHandlers};
        await context.sync();
        return {results, beforeSync, afterSync: {...fakeWord.eventHandlers}, hasContext: results.every((result: any) => result.context === context)};
      });
      const ids = await Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/uniqueLocalId');
        await context.sync();
        return paragraphs.items.map((paragraph: any) => paragraph.uniqueLocalId) as string[];
      });

      // Typing: two keystrokes in one task are one event; nothing happens inside the edit.
      const element = document.getElementById('document')!;
      element.focus();
      const caret = document.createRange();
      caret.setStart(element.children[1].firstChild!, 0);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(caret);
      document.execCommand('insertText', false, 'Goed nieuws: ');
      document.execCommand('insertText', false, 'vandaag ');
      const duringTyping = heard.length;
      await fakeWord.flushEvents();
      const afterTyping = heard.splice(0);

      // The add-in's own replacement.
      await Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items');
        await context.sync();
        const found = paragraphs.items[2].search('brief', {matchCase: true});
        found.load('items');
        await context.sync();
        found.items[0].insertText('e-mail', 'Replace');
        await context.sync();
      });
      const rightAfterSync = heard.length;
      await fakeWord.flushEvents();
      const afterInsertText = heard.splice(0);

      // A paragraph added and one deleted in the same task.
      const added = document.createElement('p');
      added.textContent = 'Hebt u nog vragen? Bel ons gerust.';
      element.children[3].remove();
      element.appendChild(added);
      await fakeWord.flushEvents();
      const addedAndDeleted = heard.splice(0);
      const addedId = await Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/uniqueLocalId');
        await context.sync();
        return paragraphs.items[3].uniqueLocalId as string;
      });

      // A new document from the test fires nothing.
      fakeWord.setDocument(['Beste inwoner,', 'Wij hebben uw brief ontvangen.']);
      await fakeWord.flushEvents();
      const afterSetDocument = heard.splice(0);

      // Removing, the Office.js way: a batch on the context the handlers were added in.
      await Word.run(registration.results[0].context, async (context: any) => {
        for (const result of registration.results) result.remove();
        await context.sync();
      });
      const handlersAfterRemove = fakeWord.eventHandlers;
      fakeWord.typeInParagraph(1, 'Wij hebben uw e-mail ontvangen.');
      await fakeWord.flushEvents();
      return {
        registration: {beforeSync: registration.beforeSync, afterSync: registration.afterSync, hasContext: registration.hasContext},
        ids,
        duringTyping,
        afterTyping,
        rightAfterSync,
        afterInsertText,
        addedAndDeleted,
        addedId,
        afterSetDocument,
        handlersAfterRemove,
        afterRemove: heard.length,
      };
    });
    assert.deepEqual(result.registration, {
      beforeSync: {},
      afterSync: {onParagraphChanged: 1, onParagraphAdded: 1, onParagraphDeleted: 1},
      hasContext: true,
    });
    assert.equal(result.duringTyping, 0);
    assert.deepEqual(result.afterTyping, [{args: {type: 'ParagraphChanged', source: 'Local', uniqueLocalIds: [result.ids[1]]}, argumentCount: 1}]);
    assert.equal(result.rightAfterSync, 0, 'events come after the sync, not inside it');
    assert.deepEqual(result.afterInsertText, [{args: {type: 'ParagraphChanged', source: 'Local', uniqueLocalIds: [result.ids[2]]}, argumentCount: 1}]);
    assert.deepEqual(
      result.addedAndDeleted.map((event: any) => event.args),
      [
        {type: 'ParagraphAdded', source: 'Local', uniqueLocalIds: [result.addedId]},
        {type: 'ParagraphDeleted', source: 'Local', uniqueLocalIds: [result.ids[3]]},
      ],
    );
    assert.deepEqual(result.afterSetDocument, []);
    assert.deepEqual(result.handlersAfterRemove, {});
    assert.equal(result.afterRemove, 0);
  });

  it('passes clicks, hovers and chosen pop-up suggestions (WordApi 1.8) to the handlers; the text stays', async () => {
    const tab = await open(`window.fakeWord = {apiVersion: '1.8'};`);
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord, errorCode} = window as unknown as PageGlobals;
      fakeWord.setDocument(['Indien u vragen heeft, kunt u ons bellen. Wij zullen u dan terstond helpen.']);
      const heard: unknown[] = [];
      const [ifId, soonId]: string[] = await Word.run(async (context: any) => {
        context.document.onAnnotationClicked.add(async (args: unknown) => heard.push(['clicked', args]));
        context.document.onAnnotationHovered.add(async (args: unknown) => heard.push(['hovered', args]));
        context.document.onAnnotationPopupAction.add(async (args: unknown) => heard.push(['popup', args]));
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        const text: string = paragraphs.items[0].text;
        const popup = (suggestions: string[]) => ({brandingTextResourceId: 'Helder.Critique.Branding', subtitleResourceId: 'Helder.Critique.Subtitle', titleResourceId: 'Helder.Rule.jargon', suggestions});
        const ids = paragraphs.items[0].insertAnnotations({
          critiques: [
            {colorScheme: 'Blue', start: text.indexOf('Indien'), length: 6, popupOptions: popup(['Als', 'Wanneer', 'Zodra', 'Mocht'])},
            {colorScheme: 'Blue', start: text.indexOf('terstond'), length: 8, popupOptions: popup(['meteen'])},
          ],
        });
        await context.sync();
        return ids.value;
      });
      const click = fakeWord.clickAnnotation(ifId);
      const synchronously = heard.length;
      await click;
      await fakeWord.hoverAnnotation(ifId);
      await fakeWord.choosePopupSuggestion(ifId, 'Als');
      const textAfterChoice = fakeWord.documentText();
      const stillThere = fakeWord.annotations.map((annotation) => annotation.id);
      const notShown = errorCode(() => fakeWord.choosePopupSuggestion(ifId, 'Mocht'));
      const unknownClick = errorCode(() => fakeWord.clickAnnotation('onbekend'));
      // The variant where Word puts the suggestion in the text itself.
      await fakeWord.choosePopupSuggestion(soonId, 'meteen', {apply: true});
      const textAfterApply = fakeWord.documentText();
      const afterApply = fakeWord.annotations.map((annotation) => annotation.id);
      fakeWord.reset();
      const afterReset = {annotations: fakeWord.annotations.length, handlers: fakeWord.eventHandlers, highlights: CSS.highlights.size};
      return {ifId, soonId, synchronously, heard, textAfterChoice, stillThere, notShown, unknownClick, textAfterApply, afterApply, afterReset};
    });
    const {ifId, soonId} = result;
    assert.equal(result.synchronously, 0, 'the click reaches the handler in a later task');
    assert.deepEqual(result.heard, [
      ['clicked', {id: ifId}],
      ['hovered', {id: ifId}],
      ['popup', {action: 'Accept', critiqueSuggestion: 'Als', id: ifId}],
      ['popup', {action: 'Accept', critiqueSuggestion: 'meteen', id: soonId}],
    ]);
    assert.equal(result.textAfterChoice, 'Indien u vragen heeft, kunt u ons bellen. Wij zullen u dan terstond helpen.', 'choosing a suggestion leaves the text to the add-in');
    assert.deepEqual(result.stillThere, [ifId, soonId]);
    assert.match(result.notShown, /shows \["Als","Wanneer","Zodra"\]/);
    assert.match(result.unknownClick, /no annotation "onbekend"/);
    assert.equal(result.textAfterApply, 'Indien u vragen heeft, kunt u ons bellen. Wij zullen u dan meteen helpen.');
    assert.deepEqual(result.afterApply, [], 'the edit drops the paragraph’s annotations');
    assert.deepEqual(result.afterReset, {annotations: 0, handlers: {}, highlights: 0});
  });

  it('refuses critiques outside the paragraph or with an unknown colour scheme (InvalidArgument)', async () => {
    const tab = await open(`window.fakeWord = {apiVersion: '1.7'};`);
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord, rejectionCode} = window as unknown as PageGlobals;
      fakeWord.setDocument(['Met vriendelijke groet,']); // 23 UTF-16 code units
      const insert = (annotationSet: unknown) =>
        rejectionCode(
          Word.run(async (context: any) => {
            const paragraphs = context.document.body.paragraphs;
            paragraphs.load('items');
            await context.sync();
            paragraphs.items[0].insertAnnotations(annotationSet);
            await context.sync();
          }),
        );
      const codes = {
        negativeStart: await insert({critiques: [{colorScheme: 'Red', start: -1, length: 3}]}),
        pastTheEnd: await insert({critiques: [{colorScheme: 'Red', start: 20, length: 4}]}),
        startAfterText: await insert({critiques: [{colorScheme: 'Red', start: 24, length: 1}]}),
        emptyLength: await insert({critiques: [{colorScheme: 'Red', start: 4, length: 0}]}),
        fraction: await insert({critiques: [{colorScheme: 'Red', start: 1.5, length: 2}]}),
        unknownColour: await insert({critiques: [{colorScheme: 'Geel', start: 0, length: 3}]}),
        noCritiques: await insert({}),
        oneBadOfTwo: await insert({critiques: [{colorScheme: 'Green', start: 0, length: 3}, {colorScheme: 'Green', start: 10, length: 20}]}),
      };
      const afterFailures = fakeWord.annotations.length;
      const upToTheEnd = await insert({critiques: [{colorScheme: 'berry', start: 17, length: 6}]});
      return {codes, afterFailures, upToTheEnd, annotations: fakeWord.annotations};
    });
    for (const [name, code] of Object.entries(result.codes)) assert.equal(code, 'InvalidArgument', name);
    assert.equal(result.afterFailures, 0, 'a refused set inserts nothing');
    assert.equal(result.upToTheEnd, 'no error');
    assert.deepEqual(
      result.annotations.map(({text, colorScheme}: {text: string; colorScheme: string}) => [text, colorScheme]),
      [['groet,', 'Berry']],
    );
  });

  it("underlines critiques with the CSS Custom Highlight API and leaves the document's DOM alone", async () => {
    const tab = await open(`window.fakeWord = {apiVersion: '1.7'};`);
    const result = await tab.evaluate(async () => {
      const {Word, fakeWord} = window as unknown as PageGlobals;
      const element = document.getElementById('document')!;
      const before = element.innerHTML;
      const [red] = await Word.run(async (context: any) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        const first = paragraphs.items[1].insertAnnotations({critiques: [{colorScheme: 'Red', start: 37, length: 8}]});
        const second = paragraphs.items[2].insertAnnotations({critiques: [{colorScheme: 'Blue', start: 3, length: 5}, {colorScheme: 'Blue', start: 15, length: 5}]});
        await context.sync();
        return [...first.value, ...second.value];
      });
      const texts = (name: string) => [...((CSS.highlights.get(name) as Set<AbstractRange> | undefined) ?? [])].map((range) => (range as Range).toString());
      const shown = {red: texts('fake-word-critique-red'), blue: texts('fake-word-critique-blue'), domUnchanged: element.innerHTML === before};
      const style = [...document.querySelectorAll('style')].map((node) => node.textContent).join('\n');
      const underline = getComputedStyle(element).textDecorationLine; // the element itself is not underlined
      await Word.run(async (context: any) => {
        context.document.getAnnotationById(red).critiqueAnnotation.reject();
        await context.sync();
      });
      const afterReject = {red: texts('fake-word-critique-red'), state: fakeWord.annotations.find((annotation) => annotation.id === red)?.state};
      fakeWord.typeInParagraph(2, 'De brief gaat aan u.');
      return {shown, style, underline, afterReject, afterEdit: texts('fake-word-critique-blue')};
    });
    assert.deepEqual(result.shown, {red: ['Aanvraag'], blue: ['brief', 'brief'], domUnchanged: true});
    assert.match(result.style, /::highlight\(fake-word-critique-red\) \{ text-decoration: underline wavy/);
    assert.equal(result.underline, 'none');
    assert.deepEqual(result.afterReject, {red: [], state: 'Rejected'});
    assert.deepEqual(result.afterEdit, []);
  });
});
