// The Helder task pane in Word: check the document or the selection, show the readability and
// the findings by rule, and act on a finding (select, replace, comment, ignore, switch a rule off,
// add a word). Word itself is reached only through word-adapter.ts; the engine runs in a worker.
import type {Finding, Report, RuleSetting} from '../../../lint-rules/index.js';
import {languageAt, languageSummary} from '../../../lint-rules/language-parts.js';
import {type DocumentMap, joinParagraphs, targetOf} from './document-map.js';
import {
  commentOnTarget,
  type CritiqueRequest,
  inWord,
  type Outcome,
  type ParagraphCritiques,
  readParagraphs,
  readSelection,
  replaceTarget,
  selectTarget,
  showCritiques,
  supports,
  type Target,
  watchDocument,
} from './word-adapter.js';

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
  simplify: 'Eenvoudiger woorden (Engels)',
  equality: 'Inclusieve taal (Engels)',
  intensify: 'Vul- en vage woorden (Engels)',
};

interface Settings {
  rules: Record<string, RuleSetting>;
  words: string[];
  trackChanges: boolean;
  /** Underline findings in the document as Word annotations (where Word can). */
  annotations: boolean;
  ignored: string[];
}

const STORAGE_KEY = 'helder.word.settings';

function loadSettings(): Settings {
  const defaults: Settings = {rules: {}, words: [], trackChanges: false, annotations: true, ignored: []};
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

let running: Promise<void> | undefined;

async function run(scope: 'document' | 'selection', options: {automatic?: boolean} = {}) {
  // One check at a time: a re-check asked for while one runs waits for it.
  while (running) await running;
  running = checkNow(scope, options).finally(() => (running = undefined));
  return running;
}

async function checkNow(scope: 'document' | 'selection', options: {automatic?: boolean}) {
  if (!options.automatic) say(scope === 'document' ? 'Helder controleert het document…' : 'Helder controleert de selectie…');
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
    await updateCritiques();
    const shown = visibleFindings().length;
    const count = `${shown} ${shown === 1 ? 'melding' : 'meldingen'}`;
    say(options.automatic ? `Bijgewerkt na uw wijziging: ${count}.` : `Klaar in ${Math.round(performance.now() - started)} ms: ${count}.`);
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
  // English text gets English figures; the Dutch ones then measure only the Dutch part.
  const english = figures.english;
  $('dutch-figures').hidden = figures.words === 0 && Boolean(english);
  $('english').hidden = !english;
  if (english) {
    $('reading-ease').textContent = english.fleschReadingEase.toFixed(0);
    $('grade').textContent = english.fleschKincaidGrade.toFixed(1).replace('.', ',');
  }
  const mixedOrEnglish = report.language === 'en' || report.otherLanguage.length > 0;
  $('language').textContent = `${languageSummary(report)}${mixedOrEnglish ? ' Engelse tekst krijgt de Engelse regels.' : ''}`;
  const list = $('findings');
  list.replaceChildren();
  itemOf.clear();
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
    section.append(heading, items);
    showItems(section, items, findings, Math.min(findings.length, GROUP_LIMIT));
    list.append(section);
  }
}

// A long report draws its first findings per rule at once and the rest on request: a page with
// hundreds of findings, each with its buttons, takes long to draw and to read through.
const GROUP_LIMIT = 25;
const itemOf = new Map<Finding, HTMLLIElement>();

function showItems(section: HTMLElement, items: HTMLUListElement, findings: Finding[], count: number) {
  for (let index = items.children.length; index < count; index++) {
    const item = findingItem(findings[index]);
    itemOf.set(findings[index], item);
    items.append(item);
  }
  section.querySelector('.more')?.remove();
  if (count < findings.length) {
    const rest = findings.length - count;
    section.append(button(`Toon nog ${rest} ${rest === 1 ? 'melding' : 'meldingen'}`, () => showItems(section, items, findings, findings.length), 'more'));
  }
  moreOf.set(section, () => showItems(section, items, findings, findings.length));
}

const moreOf = new WeakMap<HTMLElement, () => void>();

/** Scroll to a finding in the list and put the focus on it (when its annotation is clicked in Word). */
function reveal(finding: Finding) {
  if (!itemOf.has(finding)) {
    for (const section of $('findings').querySelectorAll<HTMLElement>('section.rule')) moreOf.get(section)?.();
  }
  const item = itemOf.get(finding);
  if (!item) return;
  item.scrollIntoView({block: 'center'});
  item.querySelector<HTMLButtonElement>('button.flagged')?.focus();
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
  // English text's findings are in English: screen readers should read them so.
  if (last && languageAt(last.report, finding.start.offset) === 'en') {
    for (const node of [show, message, why.querySelector('p')!]) node.lang = 'en';
  }
  item.append(show, message, actions, why);
  return item;
}

/** Carry out a Word action on a finding; when its paragraph changed, say so and check again. */
async function act(target: Target | undefined, action: (target: Target) => Promise<Outcome>, done: string, options: {recheck?: boolean; fromWord?: boolean} = {}) {
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
      // From Word's own pop-up, Word may have put the suggestion in already: then only check again.
      if (!options.fromWord) say('De tekst is veranderd sinds de controle. Er is niets aangepast; Helder controleert opnieuw.');
      await recheck();
    } else {
      say('Deze versie van Word kan dit niet.');
    }
  } catch (error) {
    say(`Dat lukte niet: ${(error as Error).message}`);
  }
}

// Findings as Word annotations. Whole-sentence and whole-paragraph findings stay in the pane: an
// underline under a whole sentence hides the word-level findings in it.
const NOT_UNDERLINED = new Set(['readability', 'long-sentence', 'paragraph']);
const colourOf = {error: 'Red', warning: 'Blue', info: 'Lavender'} as const;
/** Helder's annotations in Word, by paragraph text and critiques, so unchanged paragraphs keep theirs. */
let shownCritiques = new Map<string, {ids: string[]; findings: Finding[]}[]>();
const findingOfAnnotation = new Map<string, Finding>();

function critiquesByParagraph(): {request: ParagraphCritiques; findings: Finding[]}[] {
  if (!last || last.scope !== 'document') return [];
  const map = last.map;
  const byParagraph = new Map<number, {target: Target; finding: Finding}[]>();
  for (const finding of visibleFindings()) {
    if (NOT_UNDERLINED.has(finding.ruleId)) continue;
    const target = targetOf(finding, map);
    if (target) byParagraph.set(target.paragraph, [...(byParagraph.get(target.paragraph) ?? []), {target, finding}]);
  }
  return [...byParagraph.values()].map((candidates) => {
    // Word draws one underline at a time: of overlapping findings the shortest is shown (a word
    // inside a tangconstructie rather than the whole construction); the rest stay in the pane.
    const chosen: {target: Target; finding: Finding}[] = [];
    for (const candidate of [...candidates].sort((a, b) => a.target.end - a.target.start - (b.target.end - b.target.start))) {
      if (!chosen.some(({target}) => candidate.target.start < target.end && target.start < candidate.target.end)) chosen.push(candidate);
    }
    chosen.sort((a, b) => a.target.start - b.target.start);
    const {paragraph, paragraphText} = chosen[0].target;
    const critiques = chosen.map(
      ({target, finding}): CritiqueRequest => ({
        start: target.start,
        length: target.end - target.start,
        colorScheme: finding.ruleId === 'spelling' ? 'Red' : colourOf[finding.severity],
        titleResourceId: `Helder.Rule.${finding.ruleId}`,
        suggestions: finding.suggestions,
      }),
    );
    return {request: {paragraph, paragraphText, critiques}, findings: chosen.map(({finding}) => finding)};
  });
}

const signature = (request: ParagraphCritiques) => JSON.stringify([request.paragraphText, request.critiques]);

/** Bring Word's annotations in line with the findings, touching only paragraphs whose findings changed. */
async function updateCritiques() {
  if (!supports('1.7')) return;
  const wanted = settings.annotations ? critiquesByParagraph() : [];
  const old = shownCritiques;
  const next = new Map<string, {ids: string[]; findings: Finding[]}[]>();
  const toInsert: {request: ParagraphCritiques; findings: Finding[]}[] = [];
  for (const entry of wanted) {
    const key = signature(entry.request);
    const kept = old.get(key)?.shift();
    if (kept) next.set(key, [...(next.get(key) ?? []), {ids: kept.ids, findings: entry.findings}]);
    else toInsert.push(entry);
  }
  const remove = [...old.values()].flat().flatMap((shown) => shown.ids);
  findingOfAnnotation.clear();
  const ids = toInsert.length || remove.length ? await showCritiques(toInsert.map((entry) => entry.request), remove) : [];
  toInsert.forEach((entry, index) => {
    const key = signature(entry.request);
    next.set(key, [...(next.get(key) ?? []), {ids: ids[index], findings: entry.findings}]);
  });
  for (const shown of [...next.values()].flat()) shown.ids.forEach((id, index) => findingOfAnnotation.set(id, shown.findings[index]));
  shownCritiques = next;
}

let changeTimer: ReturnType<typeof setTimeout> | undefined;
const CHANGE_DELAY = 600;

async function listenToWord() {
  const watched = await watchDocument({
    paragraphsChanged() {
      // Only a checked document is kept up to date; a checked selection is a one-off.
      if (last?.scope !== 'document') return;
      clearTimeout(changeTimer);
      changeTimer = setTimeout(() => void run('document', {automatic: true}), CHANGE_DELAY);
    },
    annotationClicked(id) {
      const finding = findingOfAnnotation.get(id);
      if (finding) reveal(finding);
    },
    suggestionChosen(id, suggestion) {
      const finding = findingOfAnnotation.get(id);
      const target = finding && last && targetOf(finding, last.map);
      if (target) void act(target, (t) => replaceTarget(t, suggestion, {trackChanges: settings.trackChanges}), `Vervangen door ‘${suggestion}’.`, {recheck: true, fromWord: true});
    },
  }).catch((): string[] => []);
  if (watched.includes('ParagraphChanged')) $('live').hidden = false;
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
  const underline = $<HTMLInputElement>('annotations');
  underline.checked = settings.annotations;
  underline.disabled = !supports('1.7');
  underline.addEventListener('change', () => {
    updateSettings({annotations: underline.checked});
    void updateCritiques();
  });
  $('check-document').addEventListener('click', () => run('document'));
  $('check-selection').addEventListener('click', () => run('selection'));
  $('reset').addEventListener('click', () => {
    updateSettings({rules: {}, ignored: []});
    say('Alle regels staan weer aan en niets wordt meer genegeerd.');
    if (last) void run(last.scope);
  });
  await listenToWord();
}

void start();
