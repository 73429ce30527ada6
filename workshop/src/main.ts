// The workshop page: a text box, and beside it the text with its findings highlighted, the
// readability figures and the findings list, all updated shortly after typing stops. The engine
// runs in worker.ts; this file only draws. Text from the text box reaches the page as HTML only
// through report/highlight.ts (which escapes every piece); everything else is set as textContent.
import type {Finding, Report} from '../../lint-rules/index.js';
import {languageAt, languageSummary} from '../../lint-rules/language-parts.js';
import {highlightText, legendHtml, lookOf} from '../../report/highlight.js';
import type {CheckRequest, DocumentName, WorkerMessage} from './worker.js';

/** Wait this long after the last keystroke before checking: a check per pause, not per key. */
const DEBOUNCE_MS = 100;
const BEFORE_KEY = 'helder.workshop.before';
const LARGE_KEY = 'helder.workshop.large';
// The current text survives a reload of the tab (sessionStorage) but not closing it: on a shared
// workshop laptop the group's text should not stay behind. 'Before' is kept until 'Wis ‘voor’'.
const TEXT_KEY = 'helder.workshop.text';

const EXAMPLE = `Geachte heer, mevrouw,

Teneinde uw aanvraag voor bijzondere bijstand in behandeling te kunnen nemen, verzoeken wij u de ontbrekende bewijsstukken middels bijgaand formulier zo spoedig mogelijk aan ons te retourneren. Indien de gevraagde gegevens niet binnen de gestelde termijn door ons worden ontvangen, wordt uw aanvraag buiten behandeling gesteld.

Voor vragen kan men contact opnemen met het KCC van de gemeente. Wij verzoeken u daarbij het zaaknummer te vermelden.

Hoogachtend,

Het college van burgemeester en wethouders`;

interface Band {
  min: number;
  code: string;
  label: string;
}

interface DocumentState {
  /** The text this view should show: the newest text asked for. */
  wanted: string;
  /** The report drawn last, with the text it is about (its offsets point into that text). */
  shown?: {text: string; report: Report};
  /** A check is with the worker; a newer text waits in `queued` (only the newest is kept). */
  busy: boolean;
  queued?: string;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const textBox = $<HTMLTextAreaElement>('text');

let titles: Record<string, string> = {};
let bands: Band[] = [];
let comparing = false;
const documents: Record<DocumentName, DocumentState> = {now: {wanted: '', busy: false}, before: {wanted: '', busy: false}};
const sent = new Map<number, string>();
let lastId = 0;
let worker: Worker | undefined;

function storage(kind: 'local' | 'session'): Storage | undefined {
  try {
    return kind === 'local' ? localStorage : sessionStorage;
  } catch {
    return undefined; // blocked storage (some private modes): settings then last for this visit
  }
}

function store(kind: 'local' | 'session', key: string, value: string | undefined) {
  try {
    if (value === undefined) storage(kind)?.removeItem(key);
    else storage(kind)?.setItem(key, value);
  } catch {
    // Full or blocked storage: nothing to do, the page works without it.
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function setStatus(message: string) {
  // Only a real change is announced: screen readers should not repeat the same line after every pause.
  const status = $('status');
  if (status.textContent !== message) status.textContent = message;
}

// ---- Talking to the worker ----

function startWorker() {
  try {
    worker = new Worker(new URL('./worker.js', document.baseURI));
  } catch {
    setStatus('Helder kan hier niet starten. Open de werkplaats via npm run workshop (een adres dat met http begint).');
    return;
  }
  worker.onmessage = ({data}: MessageEvent<WorkerMessage>) => received(data);
  worker.onerror = (event) => setStatus(`Helder kan de tekst niet controleren: ${event.message || 'onbekende fout'}.`);
}

function ask(name: DocumentName, text: string) {
  const state = documents[name];
  state.wanted = text;
  if (state.busy) state.queued = text;
  else send(name, text);
}

function send(name: DocumentName, text: string) {
  if (!worker) return;
  documents[name].busy = true;
  const id = ++lastId;
  sent.set(id, text);
  worker.postMessage({id, document: name, text} satisfies CheckRequest);
}

function received(message: WorkerMessage) {
  if (message.type === 'ready') {
    titles = Object.fromEntries(message.rules.map((rule) => [rule.id, rule.title]));
    bands = message.bands;
    drawBands();
    return;
  }
  if (message.type === 'spelling') {
    document.documentElement.dataset.spelling = message.loaded ? 'geladen' : 'niet-geladen';
    if (!message.loaded) $('text-hint').textContent += ' De spellingcontrole kon niet laden; de andere controles werken wel.';
    // Check again with spelling: the texts have not changed, but there may be more to show.
    ask('now', documents.now.wanted);
    if (comparing) ask('before', documents.before.wanted);
    return;
  }
  const state = documents[message.document];
  const text = sent.get(message.id) ?? '';
  sent.delete(message.id);
  state.busy = false;
  if (state.queued !== undefined) {
    const next = state.queued;
    state.queued = undefined;
    send(message.document, next);
  }
  if (message.type === 'error') {
    setStatus(`Controleren lukte niet: ${message.message}`);
    return;
  }
  // A report on a text that has since changed is not drawn: the newer one is on its way.
  if (text !== state.wanted) return;
  state.shown = {text, report: message.report};
  if (message.document === 'now') drawNow();
  else if (comparing) drawBefore();
  if (comparing) drawComparison();
}

// ---- Drawing ----

const whole = (value: number) => String(Math.round(value));
const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toFixed(1).replace('.', ',');
const plural = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;
const isEmpty = (report: Report) => report.readability.words === 0 && report.findings.length === 0;

/** At most `limit` words of a (long) quoted piece of text. */
function shorten(text: string, limit = 14): string {
  const words = text.trim().split(/\s+/);
  return words.length <= limit ? text.trim() : `${words.slice(0, limit).join(' ')} …`;
}

function drawNow() {
  const {text, report} = documents.now.shown!;
  const empty = isEmpty(report);
  $('now-text').innerHTML = empty ? '<p class="empty">Hier ziet u uw tekst met markeringen.</p>' : highlightText(text, report.findings, {findingIdPrefix: 'f-', titles, languageOf: (offset) => languageAt(report, offset)});
  $('legend').innerHTML = legendHtml(
    report.findings.map((finding) => finding.ruleId),
    titles,
  );
  const figures = report.readability;
  // An English text is measured with the English formula; a mixed one says it has English in it.
  const measured =
    report.language === 'en' && figures.english
      ? `Engels · Flesch Reading Ease ${whole(figures.english.fleschReadingEase)}`
      : `Flesch-Douma ${whole(figures.fleschDouma)} · ${figures.level.label}${figures.english ? ' · met Engelse tekst' : ''}`;
  setStatus(empty ? 'Typ of plak een tekst om te beginnen.' : `${plural(report.findings.length, 'melding', 'meldingen')} · ${measured}`);
  drawFigures(report);
  drawHardest(text, report);
  drawFindings($('findings'), text, report.findings, 'f-', true);
  const none = $('no-findings');
  none.hidden = report.findings.length > 0;
  none.textContent = empty ? 'Nog geen meldingen.' : 'Geen meldingen. Mooi zo!';
}

function drawFigures(report: Report) {
  const figures = report.readability;
  const known = figures.words > 0;
  $('level').textContent = known ? `Geschat niveau: ${figures.level.label}` : 'Nog geen tekst.';
  $('flesch').textContent = known ? whole(figures.fleschDouma) : '–';
  $('brouwer').textContent = known ? whole(figures.brouwer) : '–';
  $('per-sentence').textContent = known ? oneDecimal(figures.wordsPerSentence) : '–';
  $('sentences').textContent = known ? String(figures.sentences) : '–';
  $('words').textContent = known ? String(figures.words) : '–';
  const english = figures.english;
  $('english-figures').hidden = !english;
  if (english) {
    $('reading-ease').textContent = whole(english.fleschReadingEase);
    $('grade').textContent = oneDecimal(english.fleschKincaidGrade);
    $('english-words').textContent = String(english.words);
  }
  const language = $('language');
  language.hidden = report.language === 'nl' && report.otherLanguage.length === 0;
  language.textContent = languageSummary(report);
}

function drawBands() {
  const items = bands.map((band, index) => {
    const range = index === 0 ? `${band.min} en hoger` : band.min === -Infinity ? `onder ${bands[index - 1].min}` : `${band.min} tot ${bands[index - 1].min}`;
    return element('li', `${range}: ${band.label}`);
  });
  $('bands').replaceChildren(...items);
}

/** The hardest sentences (below B1 by Flesch-Douma), so a group knows where to start. */
function drawHardest(text: string, report: Report) {
  const b1 = bands.find((band) => band.code === 'B1')?.min ?? 65;
  const hardest = (report.readability.bySentence ?? [])
    // Very short lines (a greeting, a signature) give wild scores and are not where the work is.
    .filter((sentence) => sentence.words >= 5 && sentence.fleschDouma < b1)
    .sort((a, b) => a.fleschDouma - b.fleschDouma)
    .slice(0, 3);
  $('hardest-box').hidden = hardest.length === 0;
  $('hardest').replaceChildren(
    ...hardest.map((sentence) => {
      const item = element('li');
      item.append(element('q', shorten(text.slice(sentence.start.offset, sentence.end.offset), 24)), element('span', `Flesch-Douma ${whole(sentence.fleschDouma)} · ${plural(sentence.words, 'woord', 'woorden')}`, 'figures'));
      return item;
    }),
  );
}

/** The findings, numbered as the links after the highlights (`prefix` + index). */
function drawFindings(list: HTMLElement, text: string, findings: Finding[], prefix: string, editable: boolean) {
  list.replaceChildren(...findings.map((finding, index) => findingItem(text, finding, prefix + index, editable)));
}

function findingItem(text: string, finding: Finding, id: string, editable: boolean): HTMLLIElement {
  const item = element('li');
  item.id = id;
  item.tabIndex = -1; // the highlight's link moves the focus here
  const head = element('p', undefined, 'finding-head');
  const swatch = element('span', String(lookOf(finding.ruleId).code), `swatch k-${finding.ruleId}`);
  swatch.setAttribute('aria-hidden', 'true');
  head.append(swatch, `${titles[finding.ruleId] ?? finding.ruleId}: `, element('q', shorten(finding.actual)));
  item.append(head, element('p', finding.message, 'message'), element('p', finding.explanation, 'why'));
  const suggestions = finding.suggestions.slice(0, 3);
  if (suggestions.length > 0) {
    const row = element('p', undefined, 'suggestions');
    if (editable) {
      row.append('Voorstel:');
      for (const suggestion of suggestions) {
        const button = element('button', `Vervang door ‘${suggestion}’`);
        button.type = 'button';
        button.addEventListener('click', () => replace(text, finding, suggestion));
        row.append(button);
      }
    } else {
      row.textContent = `Voorstel: ${suggestions.map((suggestion) => `‘${suggestion}’`).join(', ')}`;
    }
    item.append(row);
  }
  return item;
}

/** Put a suggestion in the text box, if the text is still the text the finding is about. */
function replace(checked: string, finding: Finding, suggestion: string) {
  if (textBox.value !== checked) {
    setStatus('De tekst is intussen veranderd. Wacht even tot Helder opnieuw heeft gecontroleerd.');
    return;
  }
  textBox.focus();
  textBox.setSelectionRange(finding.start.offset, finding.end.offset);
  insertText(suggestion);
}

/** Replace the text box's selection; through execCommand the change stays in its undo history (Ctrl+Z). */
function insertText(text: string) {
  if (!document.execCommand('insertText', false, text)) {
    textBox.setRangeText(text, textBox.selectionStart, textBox.selectionEnd, 'end');
    textBox.dispatchEvent(new Event('input', {bubbles: true}));
  }
}

// ---- Before and after ----

function setComparing(on: boolean) {
  comparing = on;
  $('workspace').classList.toggle('compare', on);
  $('before-panel').hidden = !on;
  $('compare').hidden = !on;
  $('clear-before').hidden = !on;
  $('now-title').textContent = on ? 'Nu, met markeringen' : 'Uw tekst met markeringen';
  if (!on) documents.before = {wanted: '', busy: documents.before.busy};
}

function keepBefore() {
  const text = textBox.value;
  if (!text.trim()) {
    setStatus('Typ of plak eerst een tekst. Die kan Helder dan als ‘voor’ bewaren.');
    return;
  }
  store('local', BEFORE_KEY, text);
  documents.before.shown = undefined;
  for (const id of ['before-text', 'before-findings', 'compare-rows', 'compare-summary']) $(id).replaceChildren();
  setComparing(true);
  ask('before', text);
  // The current text may still be waiting for its check; compare with the newest.
  if (documents.now.wanted !== text) ask('now', text);
  setStatus('‘Voor’ is bewaard. Herschrijf de tekst: Helder vergelijkt hem met ‘voor’.');
}

function clearBefore() {
  store('local', BEFORE_KEY, undefined);
  setComparing(false);
  setStatus('‘Voor’ is gewist.');
  // The button itself disappears: keep the focus where the writer can go on.
  $('keep-before').focus();
}

function drawBefore() {
  const shown = documents.before.shown;
  if (!shown) return;
  const {text, report} = shown;
  $('before-text').innerHTML = highlightText(text, report.findings, {findingIdPrefix: 'v-', titles, languageOf: (offset) => languageAt(report, offset)});
  drawFindings($('before-findings'), text, report.findings, 'v-', false);
  $('before-findings-title').textContent = `Meldingen in ‘voor’ (${report.findings.length})`;
}

interface Measure {
  label: string;
  before: number;
  now: number;
  /** Which way is better: a higher score or fewer findings. */
  better: 'higher' | 'lower';
  format: (value: number) => string;
  swatch?: string;
}

function drawComparison() {
  const before = documents.before.shown?.report;
  const now = documents.now.shown?.report;
  if (!before || !now) return;
  const count = (report: Report, ruleId: string) => report.findings.filter((finding) => finding.ruleId === ruleId).length;
  const ruleIds = [...new Set([...before.findings, ...now.findings].map((finding) => finding.ruleId))].sort((a, b) => lookOf(a).code - lookOf(b).code);
  // Differences of the numbers as shown, so "48 → 63 (+15)" always adds up.
  const measures: Measure[] = [
    {label: 'Flesch-Douma', before: Math.round(before.readability.fleschDouma), now: Math.round(now.readability.fleschDouma), better: 'higher', format: whole},
    {label: 'Leesindex Brouwer', before: Math.round(before.readability.brouwer), now: Math.round(now.readability.brouwer), better: 'higher', format: whole},
    {label: 'Woorden per zin', before: round1(before.readability.wordsPerSentence), now: round1(now.readability.wordsPerSentence), better: 'lower', format: oneDecimal},
    {label: 'Meldingen', before: before.findings.length, now: now.findings.length, better: 'lower', format: String},
    ...ruleIds.map((id): Measure => ({label: titles[id] ?? id, before: count(before, id), now: count(now, id), better: 'lower', format: String, swatch: id})),
  ];
  const rows = measures.map((measure) => {
    const row = element('tr');
    const header = element('th');
    header.scope = 'row';
    if (measure.swatch) {
      const swatch = element('span', String(lookOf(measure.swatch).code), `swatch k-${measure.swatch}`);
      swatch.setAttribute('aria-hidden', 'true');
      header.append(swatch, ' ');
    }
    header.append(measure.label);
    row.append(header, element('td', measure.format(measure.before), 'number'), element('td', measure.format(measure.now), 'number'), changeCell(measure));
    return row;
  });
  // The estimated level, in words: easier or harder by band.
  const levelRow = element('tr');
  const levelHeader = element('th', 'Geschat niveau');
  levelHeader.scope = 'row';
  const rank = (report: Report) => bands.findIndex((band) => band.code === report.readability.level.code);
  const [from, to] = [rank(before), rank(now)];
  const levelChange = element('td');
  if (from >= 0 && to >= 0 && from !== to) levelChange.append(element('span', to < from ? 'makkelijker' : 'moeilijker', to < from ? 'better' : 'worse'));
  else levelChange.textContent = 'gelijk';
  levelRow.append(levelHeader, element('td', before.readability.level.label), element('td', now.readability.level.label), levelChange);
  rows.splice(3, 0, levelRow);
  $('compare-rows').replaceChildren(...rows);
  const [flesch, , , findings] = measures;
  $('compare-summary').textContent = `${summaryOf(flesch)} · ${summaryOf(findings, 'meldingen')}`;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function difference(measure: Measure): number {
  return round1(measure.now - measure.before);
}

function signed(measure: Measure): string {
  const change = difference(measure);
  if (change === 0) return '0';
  return `${change > 0 ? '+' : '−'}${measure.format(Math.abs(change))}`;
}

function summaryOf(measure: Measure, label = measure.label): string {
  return `${label} ${measure.format(measure.before)} → ${measure.format(measure.now)} (${signed(measure)})`;
}

function changeCell(measure: Measure): HTMLTableCellElement {
  const cell = element('td', `${signed(measure)} `, 'number');
  const change = difference(measure);
  // Colour is never the only sign: the word says it too.
  if (change === 0) cell.append(element('span', '(gelijk)'));
  else {
    const improved = measure.better === 'higher' ? change > 0 : change < 0;
    cell.append(element('span', improved ? '(beter)' : '(slechter)', improved ? 'better' : 'worse'));
  }
  return cell;
}

// ---- Large print ----

function setLarge(on: boolean) {
  document.documentElement.classList.toggle('large', on);
  $('large-print').setAttribute('aria-pressed', String(on));
  store('local', LARGE_KEY, on ? 'ja' : undefined);
}

// ---- Start ----

setLarge(storage('local')?.getItem(LARGE_KEY) === 'ja');
startWorker();

let timer: ReturnType<typeof setTimeout> | undefined;
textBox.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    ask('now', textBox.value);
    store('session', TEXT_KEY, textBox.value);
  }, DEBOUNCE_MS);
});

$('example').addEventListener('click', () => {
  textBox.focus();
  textBox.select();
  insertText(EXAMPLE);
  textBox.setSelectionRange(0, 0);
});
$('keep-before').addEventListener('click', keepBefore);
$('clear-before').addEventListener('click', clearBefore);
$('large-print').addEventListener('click', () => setLarge(!document.documentElement.classList.contains('large')));

// A highlight's small number links to its finding: open the list it is in and move the focus there,
// so keyboard and screen-reader users land on the explanation too.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a.ref');
  const target = link && document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
  if (!target) return;
  event.preventDefault();
  const box = target.closest('details');
  if (box) box.open = true;
  target.scrollIntoView({block: 'center'});
  target.focus({preventScroll: true});
});

textBox.value = storage('session')?.getItem(TEXT_KEY) ?? '';
ask('now', textBox.value);
const kept = storage('local')?.getItem(BEFORE_KEY);
if (kept) {
  setComparing(true);
  ask('before', kept);
}
