// The Word adapter (extension/word/src/word-adapter.ts, the only code that touches Word.*) in
// Node, against the fake Office.js object model of test/word/fake-office.js running in a jsdom
// window: queued calls, load/sync, search, ranges that follow edits, requirement sets.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {joinParagraphs, targetOf} from '../extension/word/src/document-map.js';
import {
  commentOnTarget,
  readParagraphs,
  readSelection,
  replaceTarget,
  selectTarget,
  showCritiques,
  supports,
  type Target,
  watchDocument,
} from '../extension/word/src/word-adapter.js';
import {checker} from './support/helpers.js';

const root = new URL('../', import.meta.url).pathname;
const fakeOffice = readFileSync(join(root, 'test/word/fake-office.js'), 'utf8');

const letter = [
  'Geachte mevrouw De Vries,',
  'Wij hebben uw aanvraag voor bijzondere bijstand ontvangen. Indien u vragen heeft, kunt u ons bellen.',
  'Indien wij meer informatie nodig hebben, nemen wij contact met u op. Indien niet, dan krijgt u binnen acht weken een besluit.',
  'Met vriendelijke groet,',
];

interface Annotation {
  id: string;
  paragraph: number;
  start: number;
  length: number;
  text: string;
  colorScheme: string;
  popupOptions?: {titleResourceId: string; suggestions: string[]};
}

interface FakeWord {
  apiVersion: string;
  syncCount: number;
  selection: {paragraph: number; start: number; end: number; text: string} | null;
  comments: {text: string; anchor: string; paragraph: number}[];
  changeTrackingMode: string;
  edits: {paragraph: number; oldText: string; newText: string; changeTrackingMode: string}[];
  annotations: Annotation[];
  setDocument(paragraphs: string[]): void;
  documentText(): string;
  typeInParagraph(index: number, text: string): void;
  clickAnnotation(id: string): void;
  choosePopupSuggestion(id: string, suggestion: string): void;
  reset(): void;
}

type Globals = {Office?: unknown; Word?: unknown; OfficeExtension?: unknown};
let dom: JSDOM;
let fake: FakeWord;

/** A fresh window with the fake Word host, its globals installed where the adapter looks for them. */
function host(apiVersion: string, paragraphs = letter) {
  dom = new JSDOM('<!doctype html><html lang="nl"><body><div id="document" contenteditable="true"></div></body></html>', {runScripts: 'outside-only', pretendToBeVisual: true});
  // jsdom has no MessageChannel, which the fake uses to run a sync's work in a later task.
  Object.assign(dom.window, {MessageChannel});
  dom.window.eval(`window.fakeWord = {apiVersion: '${apiVersion}'};`);
  dom.window.eval(fakeOffice);
  const window = dom.window as unknown as Globals & {fakeWord: FakeWord};
  Object.assign(globalThis as Globals, {Office: window.Office, Word: window.Word, OfficeExtension: window.OfficeExtension});
  fake = window.fakeWord;
  fake.setDocument(paragraphs);
}

function targetAt(paragraph: number, text: string, occurrence = 0): Target {
  const paragraphText = fake.documentText().split('\n')[paragraph];
  let start = -1;
  for (let index = 0; index <= occurrence; index++) start = paragraphText.indexOf(text, start + 1);
  assert.ok(start >= 0, `${text} in paragraph ${paragraph}`);
  return {paragraph, paragraphText, start, end: start + text.length};
}

/** A value from the jsdom window as a value of this realm (deepEqual compares prototypes). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Word adapter against a fake Word object model (Node, jsdom)', () => {
  afterEach(() => {
    dom?.window.close();
    for (const name of ['Office', 'Word', 'OfficeExtension'] as const) delete (globalThis as Globals)[name];
  });

  it('reads every paragraph with one sync, and the selection with its place in the body', async () => {
    host('1.3');
    const before = fake.syncCount;
    assert.deepEqual(plain(await readParagraphs()), letter);
    assert.equal(fake.syncCount - before, 1);
    // Select the third paragraph's first sentence (through the adapter), then read the selection.
    assert.equal(await selectTarget(targetAt(2, 'Indien wij meer informatie nodig hebben')), 'ok');
    const selection = await readSelection();
    assert.equal(selection.first, 2);
    assert.deepEqual(plain(selection.paragraphs), [letter[2]]);
  });

  it('selects the right occurrence of a finding from the engine', async () => {
    host('1.3');
    const map = joinParagraphs(await readParagraphs());
    const jargon = checker()
      .check(map.text)
      .findings.filter((finding) => finding.ruleId === 'jargon' && finding.actual === 'Indien');
    assert.equal(jargon.length, 3);
    // The second "Indien" of paragraph 2 (its third in the letter).
    const target = targetOf(jargon[2], map)!;
    assert.deepEqual([target.paragraph, target.start], [2, letter[2].lastIndexOf('Indien')]);
    assert.equal(await selectTarget(target), 'ok');
    assert.deepEqual(plain(fake.selection && [fake.selection.paragraph, fake.selection.start, fake.selection.text]), [2, target.start, 'Indien']);
  });

  it('replaces only text that is still what was checked, and leaves an edited paragraph alone', async () => {
    host('1.3');
    const target = targetAt(1, 'Indien');
    assert.equal(await replaceTarget(target, 'Als'), 'ok');
    assert.equal(fake.documentText().split('\n')[1], letter[1].replace('Indien', 'Als'));
    // The same target again: its paragraph is no longer the checked text.
    assert.equal(await replaceTarget(target, 'Als'), 'changed');
    const edited = targetAt(2, 'Indien', 1);
    fake.typeInParagraph(2, letter[2].replace('Indien niet', 'Zo niet'));
    const text = fake.documentText();
    assert.equal(await replaceTarget(edited, 'Als'), 'changed');
    assert.equal(await selectTarget(edited), 'changed');
    assert.equal(fake.documentText(), text, 'nothing changed in the edited paragraph');
  });

  it("finds text with Word's special ^ and text longer than Word's search limit", async () => {
    const long = `Het college van burgemeester en wethouders heeft besloten ${'dat de regeling voor de kwijtschelding van de gemeentelijke belastingen ook in het komende jaar geldt, '.repeat(3)}zoals eerder aangekondigd.`;
    host('1.3', ['Zie bijlage 2^3 voor de berekening.', long]);
    assert.equal(await selectTarget(targetAt(0, '2^3')), 'ok');
    assert.equal(fake.selection?.text, '2^3');
    const whole: Target = {paragraph: 1, paragraphText: long, start: 0, end: long.length};
    assert.ok(long.length > 255);
    assert.equal(await selectTarget(whole), 'ok', 'selected by its start');
    assert.equal(await replaceTarget(whole, 'Korter.'), 'unsupported', 'a text Word cannot search for whole is not replaced');
    assert.equal(fake.documentText().split('\n')[1], long);
  });

  it('comments and tracks changes only where the client has WordApi 1.4', async () => {
    host('1.3');
    assert.equal(supports('1.4'), false);
    assert.equal(await commentOnTarget(targetAt(1, 'Indien'), 'Helder: schrijf ‘als’.'), 'unsupported');
    assert.equal(await replaceTarget(targetAt(1, 'Indien'), 'Als', {trackChanges: true}), 'ok');
    assert.equal(fake.edits.at(-1)?.changeTrackingMode, 'Off');
    dom.window.close();

    host('1.4');
    assert.equal(await commentOnTarget(targetAt(1, 'Indien'), 'Helder: schrijf ‘als’.'), 'ok');
    assert.deepEqual(plain(fake.comments).map((comment) => [comment.anchor, comment.paragraph, comment.text]), [['Indien', 1, 'Helder: schrijf ‘als’.']]);
    assert.equal(await replaceTarget(targetAt(1, 'Indien'), 'Als', {trackChanges: true}), 'ok');
    assert.equal(fake.edits.at(-1)?.changeTrackingMode, 'TrackAll');
  });

  it('shows critiques only where the client has WordApi 1.7, with pop-up suggestions from WordApi 1.8', async () => {
    const request = () => ({
      paragraph: 1,
      paragraphText: letter[1],
      critiques: [{start: letter[1].indexOf('Indien'), length: 6, colorScheme: 'Blue' as const, titleResourceId: 'Helder.Rule.jargon', suggestions: ['Als', 'Wanneer', 'Zodra', 'Mocht']}],
    });
    host('1.6');
    assert.deepEqual(plain(await showCritiques([request()], [])), [[]]);
    assert.equal(fake.annotations.length, 0);
    dom.window.close();

    host('1.7');
    const [ids] = await showCritiques([request()], []);
    assert.equal(ids.length, 1);
    assert.deepEqual(
      plain(fake.annotations).map((annotation) => [annotation.id, annotation.text, annotation.colorScheme, annotation.popupOptions ?? null]),
      [[ids[0], 'Indien', 'Blue', null]],
    );
    dom.window.close();

    host('1.8');
    const [[id]] = await showCritiques([request()], []);
    const popup = fake.annotations.find((annotation) => annotation.id === id)?.popupOptions;
    assert.equal(popup?.titleResourceId, 'Helder.Rule.jargon');
    assert.deepEqual(plain(popup?.suggestions), ['Als', 'Wanneer', 'Zodra'], 'Word shows three suggestions at most');
  });

  it('replaces its own earlier critiques, skips a paragraph that changed, and survives critiques Word dropped', async () => {
    host('1.8');
    const critique = (paragraph: number, text: string) => ({start: letter[paragraph].indexOf(text), length: text.length, colorScheme: 'Blue' as const, titleResourceId: 'Helder.Rule.jargon', suggestions: ['Als']});
    const [first, second] = await showCritiques(
      [
        {paragraph: 1, paragraphText: letter[1], critiques: [critique(1, 'Indien')]},
        {paragraph: 2, paragraphText: letter[2], critiques: [critique(2, 'Indien')]},
      ],
      [],
    );
    assert.equal(fake.annotations.length, 2);
    // The writer edits paragraph 2: Word drops its critique.
    fake.typeInParagraph(2, letter[2].replace('Indien wij', 'Als wij'));
    assert.deepEqual(plain(fake.annotations).map((annotation) => annotation.id), plain(first));
    // Remove both (one is gone already) and ask for a critique in the stale paragraph 2 text.
    const next = await showCritiques([{paragraph: 2, paragraphText: letter[2], critiques: [critique(2, 'Indien')]}], [...first, ...second]);
    assert.deepEqual(plain(next), [[]]);
    assert.deepEqual(plain(fake.annotations), []);
  });

  it('hears paragraph changes, clicks on critiques and suggestions chosen in their pop-up', async () => {
    host('1.8');
    const heard: string[] = [];
    const watched = await watchDocument({
      paragraphsChanged: () => heard.push('changed'),
      annotationClicked: (id) => heard.push(`clicked ${id}`),
      suggestionChosen: (id, suggestion) => heard.push(`chosen ${id} ${suggestion}`),
    });
    assert.deepEqual(plain(watched), ['ParagraphChanged', 'ParagraphAdded', 'ParagraphDeleted', 'AnnotationClicked', 'AnnotationPopupAction']);
    const [[id]] = await showCritiques([{paragraph: 1, paragraphText: letter[1], critiques: [{start: letter[1].indexOf('Indien'), length: 6, colorScheme: 'Blue', titleResourceId: 'Helder.Rule.jargon', suggestions: ['Als']}]}], []);
    fake.clickAnnotation(id);
    fake.choosePopupSuggestion(id, 'Als');
    await tick(20);
    fake.typeInParagraph(3, 'Met hartelijke groet,');
    await tick(20);
    assert.deepEqual(heard, [`clicked ${id}`, `chosen ${id} Als`, 'changed']);
  });

  it('listens to nothing on clients before WordApi 1.6', async () => {
    host('1.5');
    assert.deepEqual(plain(await watchDocument({paragraphsChanged() {}, annotationClicked() {}, suggestionChosen() {}})), []);
  });
});
