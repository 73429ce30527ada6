// The stand-in for Office.js in test/word/fake-office.js, exercised in a real page (Debian's
// Chromium, headless, every request answered locally) the way task pane code uses Office.js:
// load, sync, search, select, insertText 'Replace', insertComment, change tracking, getSelection.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';

const root = new URL('../', import.meta.url).pathname;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
    setDocument(paragraphs: string[]): void;
    documentText(): string;
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
    assert.ok(existsSync(chromiumPath), `Chromium not found at ${chromiumPath}; .ci/run installs it (apt-get install chromium)`);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
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
});
