// `helder`: check Dutch drafts for plain language from the command line.
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import cliProgress from 'cli-progress';
import {
  allRules,
  type Checker,
  type CheckerOptions,
  createChecker,
  type LanguageSetting,
  resolveSetting,
  type RuleSetting,
  type SpellingSupport,
} from '../lint-rules/index.js';
import type {Format} from '../lint-rules/parse.js';
import {comparePage} from '../report/compare-page.js';
import type {CheckedDocument} from '../report/page.js';
import {reportPage} from '../report/report-page.js';
import {findConfig, loadConfig, type LoadedConfig, readSpellingWordlist} from './config.js';
import {loadSpellingFromDisk} from './dictionaries.js';
import {expandFolders, InputError, readDocument} from './inputs.js';
import {ansiStyle, type FileResult, formatJson, formatText, plainStyle} from './output.js';
import {formatSarif} from './sarif.js';

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

const usage = `Gebruik: helder <opdracht> [opties]

Opdrachten:
  check [bestanden…|-]   Controleer .txt-, .md- en .docx-bestanden (- leest van standaardinvoer)
  report <bestanden of mappen…> [-o rapport.html]
                         Maak één HTML-rapport met cijfers, grafieken en de tekst met markeringen
  compare <voor> <na> [-o vergelijking.html]
                         Vergelijk twee versies van een tekst in één HTML-bestand
  rules                  Toon alle regels met wat ze controleren en een voorbeeld

Opties bij check:
  --format text|json|sarif
                         Uitvoer voor mensen (standaard), JSON, of SARIF voor code-scanning in CI
  --input-format plain|markdown
                         Soort tekst op standaardinvoer (standaard plain)
  --config <bestand>     Gebruik dit configuratiebestand in plaats van .helderrc.json zoeken
  --no-config            Gebruik geen configuratiebestand
  --disable <regel>      Zet een regel uit (mag vaker)
  --only <regel>         Gebruik alleen deze regel(s) (mag vaker)
  --language auto|nl|en  Taal van de tekst; auto (standaard) herkent Nederlands en Engels per alinea
  --max-words <n>        Meer woorden per zin geeft een melding (regel long-sentence, standaard 20)
  --set <regel.instelling=waarde>
                         Zet een instelling, bijvoorbeeld --set jargon.severity=error
  --spelling-wordlist <bestand>
                         Woorden uit dit bestand (één per regel) gelden als goed gespeld (mag vaker)
  (report en compare kennen dezelfde opties, behalve --format)

Opties bij report en compare:
  -o, --output <bestand> Schrijf het HTML-bestand hierheen (standaard rapport.html of vergelijking.html)

  -h, --help             Toon deze hulp
  -v, --version          Toon de versie

Exitcode: 0 zonder fouten, 1 als een melding de ernst 'error' heeft (alleen bij check),
2 bij een probleem met de invoer of de opdracht.`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'text'},
        'input-format': {type: 'string', default: 'plain'},
        config: {type: 'string'},
        'no-config': {type: 'boolean', default: false},
        disable: {type: 'string', multiple: true, default: []},
        only: {type: 'string', multiple: true, default: []},
        'max-words': {type: 'string'},
        language: {type: 'string'},
        set: {type: 'string', multiple: true, default: []},
        'spelling-wordlist': {type: 'string', multiple: true, default: []},
        output: {type: 'string', short: 'o'},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false},
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const {values, positionals} = parsed;
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  const [command, ...files] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${usage}\n`);
    return values.help ? EXIT_OK : EXIT_USAGE;
  }
  try {
    if (command === 'rules') return listRules();
    if (command === 'check') return await check(files, values);
    if (command === 'report') return await report(files, values);
    if (command === 'compare') return await compare(files, values);
    return usageError(`onbekende opdracht '${command}'`);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    throw error;
  }
}

function usageError(message: string): number {
  process.stderr.write(`helder: ${message}\nTyp 'helder --help' voor hulp.\n`);
  return EXIT_USAGE;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};
  return pkg.version;
}

interface CheckFlags {
  format?: string;
  'input-format'?: string;
  config?: string;
  'no-config'?: boolean;
  disable?: string[];
  only?: string[];
  'max-words'?: string;
  set?: string[];
  'spelling-wordlist'?: string[];
  output?: string;
  language?: string;
}

/** Command-line settings, laid over whatever the configuration file says. */
function commandLineRules(flags: CheckFlags): Record<string, RuleSetting> {
  const ids = allRules.map((rule) => rule.id);
  const known = (id: string) => {
    if (!ids.includes(id)) throw new UsageError(`onbekende regel '${id}'; bekende regels: ${ids.join(', ')}`);
    return id;
  };
  const rules: Record<string, Record<string, unknown>> = {};
  const setting = (id: string) => (rules[known(id)] ??= {});
  for (const id of flags.disable ?? []) setting(id).enabled = false;
  if (flags.only?.length) {
    const only = new Set(flags.only.map(known));
    for (const id of ids) if (!only.has(id)) setting(id).enabled = false;
  }
  if (flags['max-words'] !== undefined) setting('long-sentence').maxWords = positiveInteger('--max-words', flags['max-words']);
  for (const assignment of flags.set ?? []) {
    const match = /^([\w-]+)\.(\w+)=(.*)$/.exec(assignment);
    if (!match) throw new UsageError(`--set verwacht regel.instelling=waarde, niet '${assignment}'`);
    const [, id, key, raw] = match;
    // A list setting takes one or more comma-separated values: --set passive.ignore=verzocht
    const isList = Array.isArray((allRules.find((rule) => rule.id === id)?.defaults as Record<string, unknown> | undefined)?.[key]);
    setting(id)[key] = isList
      ? raw.split(',').map((item) => item.trim()).filter(Boolean)
      : /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw === 'true' ? true : raw === 'false' ? false : raw.includes(',') ? raw.split(',') : raw;
  }
  return rules as Record<string, RuleSetting>;
}

function spellingEnabled(rules: CheckerOptions['rules']): boolean {
  const rule = allRules.find((candidate) => candidate.id === 'spelling')!;
  try {
    return resolveSetting(rule, rules?.spelling).enabled;
  } catch {
    return false; // An invalid setting: createChecker reports it and falls back to the defaults.
  }
}

function positiveInteger(flag: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag} verwacht een heel getal groter dan 0, niet '${raw}'`);
  return value;
}

function mergeRules(base: CheckerOptions['rules'], overrides: Record<string, RuleSetting>): CheckerOptions['rules'] {
  const merged: Record<string, RuleSetting> = {...base};
  for (const [id, override] of Object.entries(overrides)) {
    const current = merged[id];
    const asObject =
      current === undefined || current === true
        ? {}
        : current === false || current === 'off'
          ? {enabled: false}
          : typeof current === 'string'
            ? {severity: current}
            : current;
    merged[id] = {...asObject, ...(override as object)};
  }
  return merged;
}

async function check(files: string[], flags: CheckFlags): Promise<number> {
  if (flags.format !== 'text' && flags.format !== 'json' && flags.format !== 'sarif') {
    throw new UsageError(`--format kent 'text', 'json' en 'sarif', niet '${flags.format}'`);
  }
  if (files.length === 0) throw new UsageError("geef een of meer bestanden op, of '-' voor standaardinvoer");
  const {results, failed} = await checkFiles(files, flags);
  const useColor = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  if (flags.format === 'sarif') {
    process.stdout.write(`${formatSarif(results, createChecker().rules, {toolVersion: version()})}\n`);
  } else if (results.length > 0 || flags.format === 'json') {
    process.stdout.write(`${flags.format === 'json' ? formatJson(results) : formatText(results, useColor ? ansiStyle : plainStyle)}\n`);
  }
  if (failed) return EXIT_USAGE;
  return results.some((result) => result.report.findings.some((finding) => finding.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

/** `helder report`: one HTML file for the documents and folders given. */
async function report(names: string[], flags: CheckFlags): Promise<number> {
  if (names.length === 0) throw new UsageError('geef een of meer bestanden of mappen op, bijvoorbeeld: helder report brieven/ -o rapport.html');
  const files = expandFolders(names);
  if (files.length === 0) throw new UsageError(`geen .txt-, .md- of .docx-bestanden gevonden in ${names.join(', ')}`);
  const {results, failed} = await checkFiles(files, flags, {bySentence: true});
  if (results.length === 0) return EXIT_USAGE;
  return writePage(flags.output ?? 'rapport.html', reportPage(results.map(checkedDocument), pageContext()), `Rapport over ${results.length} ${results.length === 1 ? 'document' : 'documenten'}`, failed);
}

/** `helder compare`: two versions of one text in one HTML file. */
async function compare(files: string[], flags: CheckFlags): Promise<number> {
  if (files.length !== 2) throw new UsageError('geef precies twee bestanden op: de versie van voor en die van na, bijvoorbeeld: helder compare brief-oud.docx brief-nieuw.docx');
  const {results, failed} = await checkFiles(files, flags, {bySentence: true});
  if (results.length !== 2 || failed) return EXIT_USAGE;
  const [before, after] = results.map(checkedDocument);
  return writePage(flags.output ?? 'vergelijking.html', comparePage(before, after, pageContext()), 'Vergelijking', false);
}

const checkedDocument = (result: CheckedResult): CheckedDocument => ({name: result.file, text: result.text, report: result.report});
const pageContext = () => ({rules: createChecker().rules, version: version(), generated: new Date()});

function writePage(output: string, html: string, what: string, failed: boolean): number {
  try {
    writeFileSync(output, html);
  } catch (error) {
    process.stderr.write(`helder: ${output}: kan het bestand niet schrijven (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return EXIT_USAGE;
  }
  const size = Buffer.byteLength(html);
  process.stdout.write(`${what} geschreven naar ${output} (${size < 1024 * 1024 ? `${Math.max(1, Math.round(size / 1024))} kB` : `${(size / 1024 / 1024).toFixed(1).replace('.', ',')} MB`}). Open het in een browser.\n`);
  return failed ? EXIT_USAGE : EXIT_OK;
}

interface CheckedResult extends FileResult {
  text: string;
}

/** Reads and checks files with the configuration that applies to each; problems go to stderr. */
async function checkFiles(files: string[], flags: CheckFlags, checkOptions: {bySentence?: boolean} = {}): Promise<{results: CheckedResult[]; failed: boolean}> {
  if (flags['input-format'] !== 'plain' && flags['input-format'] !== 'markdown') {
    throw new UsageError(`--input-format kent 'plain' en 'markdown', niet '${flags['input-format']}'`);
  }
  const overrides = commandLineRules(flags);
  if (flags.language !== undefined && !['auto', 'nl', 'en'].includes(flags.language)) {
    throw new UsageError(`--language kent 'auto', 'nl' en 'en', niet '${flags.language}'`);
  }
  const language = flags.language as LanguageSetting | undefined;
  let failed = false;
  const reportProblem = (message: string) => {
    failed = true;
    process.stderr.write(`helder: ${message}\n`);
  };

  // Word lists named on the command line count for every file, on top of the configuration's.
  const commandLineWords: string[] = [];
  for (const file of flags['spelling-wordlist'] ?? []) {
    const result = readSpellingWordlist(resolve(file));
    if (result.problem) reportProblem(`${result.problem}; Helder controleert zonder deze lijst.`);
    else commandLineWords.push(...result.words);
  }
  // Only when the spelling rule is on: the dictionaries are the largest thing Helder loads.
  let dictionaryProblem = false;
  const spellingFor = async (rules: CheckerOptions['rules'], words: string[]): Promise<SpellingSupport | undefined> => {
    if (!spellingEnabled(rules) || dictionaryProblem) return undefined;
    try {
      // Fresh spellers per configuration, so one configuration's words do not count for another.
      const support = await loadSpellingFromDisk();
      for (const word of [...words, ...commandLineWords]) support.dutch.add(word);
      return support;
    } catch (error) {
      dictionaryProblem = true;
      reportProblem(`${(error as Error).message} Helder controleert zonder de regel spelling.`);
      return undefined;
    }
  };

  const configs = new Map<string, LoadedConfig>();
  const checkers = new Map<string, Checker>();
  const configFor = (file: string): LoadedConfig => {
    const path = flags['no-config']
      ? undefined
      : flags.config
        ? resolve(flags.config)
        : findConfig(file === '-' ? process.cwd() : dirname(resolve(file)));
    const key = path ?? '';
    let config = configs.get(key);
    if (!config) {
      config = path ? loadConfig(path) : {options: {}, spellingWords: [], problems: [], usesDefaults: false};
      if (config.problems.length) {
        for (const problem of config.problems) reportProblem(problem);
        process.stderr.write(
          config.usesDefaults
            ? `helder: ${path}: Helder gebruikt voor dit bestand de standaardinstellingen.\n`
            : `helder: ${path}: Helder laat deze woordenlijst(en) weg en gebruikt de rest van de configuratie.\n`,
        );
      }
      configs.set(key, config);
    }
    return config;
  };
  const checkerFor = async (config: LoadedConfig): Promise<Checker> => {
    const key = config.path ?? '';
    let checker = checkers.get(key);
    if (!checker) {
      const rules = mergeRules(config.options.rules, overrides);
      try {
        checker = createChecker({...config.options, ...(language ? {language} : {}), rules, spelling: await spellingFor(rules, config.spellingWords)});
      } catch (error) {
        reportProblem(`${config.path ?? 'opdrachtregel'}: ${(error as Error).message} Helder gebruikt de standaardinstellingen.`);
        const defaults = mergeRules({}, overrides);
        try {
          checker = createChecker({rules: defaults, language, spelling: await spellingFor(defaults, [])});
        } catch {
          // The command line's own settings are what is wrong (already reported): plain defaults.
          checker = createChecker({language, spelling: await spellingFor({}, [])});
        }
      }
      checkers.set(key, checker);
    }
    return checker;
  };

  const showProgress = Boolean(process.stderr.isTTY) && files.length >= 3;
  const bar = showProgress
    ? new cliProgress.SingleBar(
        {stream: process.stderr, format: 'Controleren [{bar}] {value}/{total} {file}', clearOnComplete: true, hideCursor: true},
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(files.length, 0, {file: ''});
  const results: CheckedResult[] = [];
  const inputProblems: string[] = [];
  for (const file of files) {
    bar?.update({file});
    try {
      const document = await readDocument(file, flags['input-format'] as Format);
      const checker = await checkerFor(configFor(file));
      results.push({file: file === '-' ? 'stdin' : file, text: document.text, report: checker.check(document.text, {format: document.format, ...checkOptions})});
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      inputProblems.push(`${file}: ${error.message}`);
    }
    bar?.increment();
  }
  bar?.stop();
  for (const problem of inputProblems) reportProblem(problem);
  return {results, failed};
}

function listRules(): number {
  const checker = createChecker();
  const out: string[] = [];
  for (const rule of checker.rules) {
    out.push(`${rule.id} — ${rule.title} (standaard: ${rule.severity})`);
    out.push(`  ${rule.description}`);
    const options = Object.entries(rule.options).filter(([key]) => key !== 'wordlists');
    if (options.length) out.push(`  Instellingen: ${options.map(([key, value]) => `${key} = ${JSON.stringify(value)}`).join(', ')}`);
    if (rule.id === 'jargon') out.push(`  Woordenlijsten: ${checker.wordlistEntries} woorden en uitdrukkingen.`);
    const example = rule.examples[0];
    if (example) {
      out.push(`  Niet: ${example.bad}`);
      out.push(`  Wel:  ${example.good}`);
    }
    out.push(`  Meer: ${rule.url}`);
    out.push('');
  }
  process.stdout.write(out.join('\n'));
  return EXIT_OK;
}
