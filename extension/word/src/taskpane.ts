// The Helder task pane in Word: check the document or the selection, show the readability and
// the findings by rule, and act on a finding (select, replace, comment, ignore, switch a rule off,
// add a word). Word itself is reached only through word-adapter.ts; the engine runs in a worker.
import type {Finding, Report, RuleSetting} from '../../../lint-rules/index.js';
import {type DocumentMap, joinParagraphs, targetOf} from './document-map.js';
import {commentOnTarget, inWord, type Outcome, readParagraphs, readSelection, replaceTarget, selectTarget, supports, type Target} from './word-adapter.js';

const ruleNames: Record<string, string> = {
  readability: 'Moeilijke zinnen',
  'long-sentence': 'Lange zinnen',
  paragraph: 'Lange alinea’s',
  'long-word': 'Lange woorden',
  jargon: 'Ambtelijke woorden',
  vague: 'Vage woorden',
  abbreviation: 'Afkortingen',
  nominalization: 'Naamwoordstijl',
  passive: 'Lijdende vorm',
  clamp: 'Tangconstructies',
  negation: 'Ontkenningen',
  'reader-address': 'De lezer aanspreken',
  spelling: 'Spelling',
};

interface Settings {
  rules: Record<string, RuleSetting>;
  words: string[];
  trackChanges: boolean;
  ignored: string[];
}

const STORAGE_KEY = 'helder.word.settings';

function loadSettings(): Settings {
  const defaults: Settings = {rules: {}, words: [], trackChanges: false, ignored: []};
  try {
    return {...defaults, ...(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Settings>)};
  } catch {
    return defaults;
  }
}

function saveSettings(settings: Settings) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage can be unavailable (private mode); the settings then hold for this session.
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

let settings = loadSettings();
let worker: Worker | undefined;
let requestId = 0;
const pending = new Map<number, (answer: {report?: Report; error?: string}) => void>();

function check(text: string): Promise<Report> {
  worker ??= createWorker();
  const id = ++requestId;
  return new Promise((resolve, reject) => {
    pending.set(id, (answer) => (answer.report ? resolve(answer.report) : reject(new Error(answer.error ?? 'onbekende fout'))));
    worker!.postMessage({id, text, rules: settings.rules, words: settings.words});
  });
}

function createWorker(): Worker {
  const created = new Worker(new URL('./worker.js', document.baseURI));
  created.onmessage = ({data}: MessageEvent<{id: number; report?: Report; error?: string}>) => {
    pending.get(data.id)?.(data);
    pending.delete(data.id);
  };
  return created;
}

function say(message: string) {
  $('status').textContent = message;
}

let last: {map: DocumentMap; report: Report; scope: 'document' | 'selection'} | undefined;

async function run(scope: 'document' | 'selection') {
  say(scope === 'document' ? 'Helder controleert het document…' : 'Helder controleert de selectie…');
  try {
    const started = performance.now();
    const map = scope === 'document' ? joinParagraphs(await readParagraphs()) : await selectionMap();
    if (!map.text.trim()) {
      say(scope === 'document' ? 'Het document is leeg.' : 'Selecteer eerst tekst in het document.');
      return;
    }
    const report = await check(map.text);
    last = {map, report, scope};
    render();
    const shown = visibleFindings().length;
    say(`Klaar in ${Math.round(performance.now() - started)} ms: ${shown} ${shown === 1 ? 'melding' : 'meldingen'}.`);
  } catch (error) {
    say(`Controleren lukte niet: ${(error as Error).message}`);
  }
}

async function selectionMap(): Promise<DocumentMap> {
  const {paragraphs, first} = await readSelection();
  return joinParagraphs(paragraphs, first);
}

function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.actual}`;
}

function visibleFindings(): Finding[] {
  return last ? last.report.findings.filter((finding) => !settings.ignored.includes(findingKey(finding))) : [];
}

function render() {
  if (!last) return;
  const {report} = last;
  const figures = report.readability;
  $('summary').hidden = false;
  $('level').textContent = figures.level.label;
  $('flesch').textContent = figures.fleschDouma.toFixed(0);
  $('brouwer').textContent = figures.brouwer.toFixed(0);
  $('per-sentence').textContent = figures.wordsPerSentence.toFixed(1).replace('.', ',');
  const list = $('findings');
  list.replaceChildren();
  const groups = new Map<string, Finding[]>();
  for (const finding of visibleFindings()) groups.set(finding.ruleId, [...(groups.get(finding.ruleId) ?? []), finding]);
  if (groups.size === 0) {
    list.append(element('p', 'Geen meldingen. Mooi zo!'));
    return;
  }
  for (const [ruleId, findings] of groups) {
    const section = element('section', undefined, 'rule');
    const heading = element('h3', `${ruleNames[ruleId] ?? ruleId} (${findings.length})`);
    const items = element('ul', undefined, 'finding-list');
    for (const finding of findings) items.append(findingItem(finding));
    section.append(heading, items);
    list.append(section);
  }
}

function button(text: string, onClick: () => void, className?: string): HTMLButtonElement {
  const node = element('button', text, className);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

function updateSettings(change: Partial<Settings>) {
  settings = {...settings, ...change};
  saveSettings(settings);
}

/** Check again what was checked last (the document or the selection). */
function recheck() {
  return run(last?.scope ?? 'document');
}

function findingItem(finding: Finding): HTMLLIElement {
  const item = element('li', undefined, 'finding');
  const target = last && targetOf(finding, last.map);
  const show = button(
    finding.actual.length > 80 ? `${finding.actual.slice(0, 77)}…` : finding.actual,
    () => act(target, (t) => selectTarget(t), 'Geselecteerd in het document.'),
    'flagged',
  );
  show.title = 'Selecteer deze tekst in het document';
  const message = element('p', finding.message, 'message');
  const actions = element('div', undefined, 'actions');
  for (const suggestion of finding.suggestions.slice(0, 3)) {
    actions.append(
      button(
        `Vervang door ‘${suggestion}’`,
        () => act(target, (t) => replaceTarget(t, suggestion, {trackChanges: settings.trackChanges}), `Vervangen door ‘${suggestion}’.`, {recheck: true}),
        'primary',
      ),
    );
  }
  const comment = button('Opmerking plaatsen', () => act(target, (t) => commentOnTarget(t, `Helder: ${finding.message} ${finding.explanation}`), 'Opmerking geplaatst.'));
  comment.disabled = !supports('1.4');
  const ignore = button('Negeer', () => {
    updateSettings({ignored: [...settings.ignored, findingKey(finding)]});
    render();
    say(`‘${finding.actual}’ wordt genegeerd.`);
  });
  const off = button('Zet regel uit', () => {
    updateSettings({rules: {...settings.rules, [finding.ruleId]: false}});
    say(`De regel ‘${ruleNames[finding.ruleId] ?? finding.ruleId}’ staat uit.`);
    void recheck();
  });
  actions.append(comment, ignore, off);
  if (finding.ruleId === 'spelling') {
    actions.append(
      button('Voeg toe aan woordenlijst', () => {
        updateSettings({words: [...settings.words, finding.actual]});
        void recheck();
      }),
    );
  }
  const why = element('details');
  why.append(element('summary', 'Waarom?'), element('p', finding.explanation));
  item.append(show, message, actions, why);
  return item;
}

/** Carry out a Word action on a finding; when its paragraph changed, say so and check again. */
async function act(target: Target | undefined, action: (target: Target) => Promise<Outcome>, done: string, options: {recheck?: boolean} = {}) {
  if (!target) {
    say('Deze melding loopt over meer alinea’s; Helder kan haar niet aanwijzen.');
    return;
  }
  try {
    const outcome = await action(target);
    if (outcome === 'ok') {
      say(done);
      // The text changed, so the findings after it moved: check again.
      if (options.recheck) await recheck();
    } else if (outcome === 'changed' || outcome === 'not-found') {
      say('De tekst is veranderd sinds de controle. Er is niets aangepast; Helder controleert opnieuw.');
      await recheck();
    } else {
      say('Deze versie van Word kan dit niet.');
    }
  } catch (error) {
    say(`Dat lukte niet: ${(error as Error).message}`);
  }
}

async function start() {
  if (!(await inWord().catch(() => false))) {
    $('outside').hidden = false;
    $('app').hidden = true;
    return;
  }
  const track = $<HTMLInputElement>('track-changes');
  track.checked = settings.trackChanges;
  track.disabled = !supports('1.4');
  track.addEventListener('change', () => updateSettings({trackChanges: track.checked}));
  $('check-document').addEventListener('click', () => run('document'));
  $('check-selection').addEventListener('click', () => run('selection'));
  $('reset').addEventListener('click', () => {
    updateSettings({rules: {}, ignored: []});
    say('Alle regels staan weer aan en niets wordt meer genegeerd.');
    if (last) void run(last.scope);
  });
}

void start();
