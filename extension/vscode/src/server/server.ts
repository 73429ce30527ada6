// The Helder language server: runs the engine on open documents and answers in LSP terms
// (diagnostics, code actions, hover, readability). No host API here: node.ts and browser.ts hand
// it a connection and a way to load dictionaries, so the same server runs in a Node process
// and in a Web Worker, and any LSP editor can use it.
import {
  CodeAction,
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  type Hover,
  MarkupKind,
  type Range,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit,
} from 'vscode-languageserver';
import {TextDocument} from 'vscode-languageserver-textdocument';
import {
  type CheckCache,
  type Checker,
  type CheckerOptions,
  createChecker,
  type Finding,
  spellingSuggestions,
  type Report,
  type RuleInfo,
  type SpellingSupport,
} from '../../../../lint-rules/index.js';
import {
  type ConfigBundle,
  type DocumentStatus,
  type FindingData,
  type HelderSettings,
  defaultSettings,
  Notifications,
  Requests,
  type ReadabilityPanelData,
} from '../protocol.js';

export interface ServerHost {
  /**
   * Dutch and English dictionaries; rejected when they cannot be read (spelling is then off, with
   * a notice). Gets the client's initialization options (the web client says where the files are).
   */
  loadSpelling(initializationOptions: unknown): Promise<SpellingSupport>;
  /** The workspace configuration (`.helderrc.json`, its word lists, the spelling word list) for a document. */
  loadConfig?(uri: string, settings: HelderSettings): ConfigBundle | undefined;
  /** Forget configuration read earlier: a file of it changed. */
  resetConfig?(): void;
}

interface Checked {
  version: number;
  text: string;
  report: Report;
  diagnostics: Diagnostic[];
}

/** Checkers kept at once: one per configuration file in use among the open documents. */
const MAX_CHECKERS = 8;

export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const checked = new Map<string, Checked>();
  // Per document, the engine's cache of unchanged paragraphs: after an edit only changed paragraphs are parsed and checked again.
  const caches = new Map<string, {checker: Checker; cache: CheckCache}>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let settings: HelderSettings = defaultSettings;
  let spelling: SpellingSupport | undefined;
  let spellingProblem: string | undefined;
  let initializationOptions: unknown;
  // One checker per configuration; a configuration names its rules, word lists and extra words.
  const checkers = new Map<string, {checker: Checker; problems: string[]}>();

  function checkerFor(uri: string): {checker: Checker; problems: string[]} {
    const config = host.loadConfig?.(uri, settings);
    const key = JSON.stringify([settings.rules, settings.words, settings.textLanguage, config?.path ?? '', config?.stamp ?? '', Boolean(spelling)]);
    let entry = checkers.get(key);
    if (entry) return entry;
    const problems = [...(config?.problems ?? [])];
    // Settings in VS Code win over the workspace file, rule by rule.
    const rules: CheckerOptions['rules'] = {...(config?.options.rules ?? {}), ...settings.rules};
    const words = [...(config?.spellingWords ?? []), ...settings.words];
    if (rules.spelling !== false && rules.spelling !== 'off') {
      const existing = rules.spelling;
      const objectSetting = typeof existing === 'object' && existing !== null ? existing : {};
      const listed = Array.isArray((objectSetting as {words?: unknown}).words) ? ((objectSetting as {words: string[]}).words) : [];
      // Suggestions are looked up when a quick fix or hover asks (suggestionsFor), not while the writer types.
      rules.spelling = {...objectSetting, ...(typeof existing === 'string' ? {severity: existing} : {}), words: [...listed, ...words], suggest: false};
    }
    let checker: Checker;
    try {
      // The VS Code setting wins over the workspace file's, unless it is left at auto.
      const language = settings.textLanguage !== 'auto' ? settings.textLanguage : (config?.options.language ?? 'auto');
      checker = createChecker({rules, wordlists: config?.options.wordlists, spelling, language});
    } catch (error) {
      problems.push(`Instellingen van Helder: ${(error as Error).message} Helder gebruikt de standaardinstellingen.`);
      checker = createChecker({wordlists: config?.options.wordlists, spelling, language: settings.textLanguage});
    }
    entry = {checker, problems};
    // Documents under different configuration files each keep theirs (and with it their
    // incremental caches); a settings change empties the map, so it stays small.
    if (checkers.size >= MAX_CHECKERS) checkers.delete(checkers.keys().next().value!);
    checkers.set(key, entry);
    if (problems.length) connection.window.showWarningMessage(problems.join('\n'));
    return entry;
  }

  /** A finding's suggestions; for spelling they are looked up now (the check leaves them out for speed). */
  function suggestionsFor(ruleId: string, actual: string, suggestions: string[]): string[] {
    if (ruleId !== 'spelling' || suggestions.length > 0 || !spelling || /\s/.test(actual)) return suggestions;
    return spellingSuggestions(actual.replace(/[’‘]/g, "'").replaceAll('\u00AD', ''), actual, spelling.dutch);
  }

  /** Dictionaries, settings or configuration changed: new checkers, and every open document checked again. */
  function recheckAll() {
    checkers.clear();
    checked.clear();
    for (const document of documents.all()) publish(document);
  }

  function shouldCheck(document: TextDocument): boolean {
    return settings.languages.includes(document.languageId);
  }

  function check(document: TextDocument): Checked | undefined {
    const previous = checked.get(document.uri);
    if (previous && previous.version === document.version) return previous;
    const text = document.getText();
    if (text.length > settings.maxFileSize) {
      connection.sendNotification(Notifications.status, {uri: document.uri, tooLarge: true, characters: text.length, limit: settings.maxFileSize} satisfies DocumentStatus);
      checked.delete(document.uri);
      connection.sendDiagnostics({uri: document.uri, version: document.version, diagnostics: []});
      return undefined;
    }
    const {checker} = checkerFor(document.uri);
    let incremental = caches.get(document.uri);
    if (incremental?.checker !== checker) caches.set(document.uri, (incremental = {checker, cache: checker.createCache()}));
    const report = checker.check(text, {format: document.languageId === 'markdown' ? 'markdown' : 'plain', cache: incremental.cache});
    const result: Checked = {version: document.version, text, report, diagnostics: report.findings.map((finding) => toDiagnostic(finding))};
    checked.set(document.uri, result);
    return result;
  }

  function publish(document: TextDocument) {
    if (!shouldCheck(document)) {
      connection.sendDiagnostics({uri: document.uri, diagnostics: []});
      return;
    }
    const result = check(document);
    if (!result) return;
    connection.sendDiagnostics({uri: document.uri, version: result.version, diagnostics: result.diagnostics});
    const {readability} = result.report;
    connection.sendNotification(Notifications.status, {
      uri: document.uri,
      words: readability.words,
      fleschDouma: readability.fleschDouma,
      level: readability.level.label,
      findings: result.report.findings.length,
      language: result.report.language,
      otherLanguageParts: result.report.otherLanguage.length,
      ...(readability.english ? {english: {words: readability.english.words, fleschReadingEase: readability.english.fleschReadingEase, fleschKincaidGrade: readability.english.fleschKincaidGrade}} : {}),
    } satisfies DocumentStatus);
  }

  function schedule(document: TextDocument, delay: number) {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) publish(current);
      }, delay),
    );
  }

  connection.onInitialize((params) => {
    initializationOptions = params.initializationOptions;
    const options = params.initializationOptions as {settings?: Partial<HelderSettings>} | undefined;
    if (options?.settings) settings = {...defaultSettings, ...options.settings};
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        hoverProvider: true,
      },
      serverInfo: {name: 'helder'},
    };
  });

  connection.onInitialized(async () => {
    try {
      spelling = await host.loadSpelling(initializationOptions);
    } catch (error) {
      spellingProblem = (error as Error).message;
      connection.window.showWarningMessage(`Helder controleert de spelling niet: ${spellingProblem}`);
    }
    recheckAll();
  });

  connection.onNotification(Notifications.settings, (next: Partial<HelderSettings>) => {
    settings = {...defaultSettings, ...next};
    recheckAll();
  });

  connection.onNotification(Notifications.configChanged, () => {
    host.resetConfig?.();
    recheckAll();
  });

  documents.onDidOpen(({document}) => publish(document));
  documents.onDidChangeContent(({document}) => {
    if (settings.run === 'onType') schedule(document, settings.debounce);
  });
  documents.onDidSave(({document}) => {
    if (settings.run === 'onSave') publish(document);
  });
  documents.onDidClose(({document}) => {
    clearTimeout(timers.get(document.uri));
    checked.delete(document.uri);
    caches.delete(document.uri);
    connection.sendDiagnostics({uri: document.uri, diagnostics: []});
  });

  connection.onRequest(Requests.check, ({uri}: {uri: string}): number | null => {
    const document = documents.get(uri);
    if (!document || !shouldCheck(document)) return null;
    publish(document);
    return checked.get(uri)?.report.findings.length ?? null;
  });

  // Quick fixes: only for diagnostics of the version that was checked, and only while the text
  // under them is still the flagged text; the edit carries the document version, so the editor
  // refuses it when the document changed in between.
  connection.onCodeAction(({textDocument, context}) => {
    const document = documents.get(textDocument.uri);
    const result = checked.get(textDocument.uri);
    if (!document || !result || result.version !== document.version) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const data = diagnostic.data as FindingData | undefined;
      if (diagnostic.source !== 'Helder' || !data) continue;
      if (document.getText(diagnostic.range) !== data.actual) continue;
      for (const [index, suggestion] of suggestionsFor(data.ruleId, data.actual, data.suggestions).entries()) {
        const action = CodeAction.create(`Vervang door ‘${suggestion}’`, CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = index === 0;
        action.edit = {documentChanges: [{textDocument: {uri: document.uri, version: document.version}, edits: [TextEdit.replace(diagnostic.range, suggestion)]}]};
        actions.push(action);
      }
      if (data.ruleId === 'spelling') {
        const action = CodeAction.create(`Voeg ‘${data.actual}’ toe aan de woordenlijst`, CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = {title: action.title, command: 'helder.addToWordlist', arguments: [data.actual, document.uri]};
        actions.push(action);
      }
      const ignore = CodeAction.create(`Negeer ‘${data.ruleId}’ in dit bestand`, CodeActionKind.QuickFix);
      ignore.diagnostics = [diagnostic];
      ignore.edit = {
        documentChanges: [
          {
            textDocument: {uri: document.uri, version: document.version},
            edits: [TextEdit.insert({line: 0, character: 0}, `<!-- helder-disable ${data.ruleId} -->\n`)],
          },
        ],
      };
      actions.push(ignore);
      const off = CodeAction.create(`Zet de regel ‘${data.ruleId}’ uit (werkruimte)`, CodeActionKind.QuickFix);
      off.diagnostics = [diagnostic];
      off.command = {title: off.title, command: 'helder.disableRule', arguments: [data.ruleId]};
      actions.push(off);
    }
    return actions;
  });

  connection.onHover(({textDocument, position}): Hover | undefined => {
    const document = documents.get(textDocument.uri);
    const result = checked.get(textDocument.uri);
    if (!document || !result || result.version !== document.version) return undefined;
    const offset = document.offsetAt(position);
    const here = result.report.findings.filter((finding) => finding.start.offset <= offset && offset <= finding.end.offset);
    if (here.length === 0) return undefined;
    const rules = checkerFor(document.uri).checker.rules;
    const shown = here.map((finding) => ({...finding, suggestions: suggestionsFor(finding.ruleId, finding.actual, finding.suggestions)}));
    return {contents: {kind: MarkupKind.Markdown, value: shown.map((finding) => hoverText(finding, rules)).join('\n\n---\n\n')}};
  });

  connection.onRequest(Requests.readability, ({uri}: {uri: string}): ReadabilityPanelData | null => {
    const document = documents.get(uri);
    const result = document && shouldCheck(document) ? check(document) : undefined;
    return document && result ? readabilityPanelData(result.report, document) : null;
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    settings = {...settings, run: 'onSave'}; // no more checks while typing
  });

  documents.listen(connection);
  connection.listen();
}

const severities: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toRange(finding: Pick<Finding, 'start' | 'end'>): Range {
  // The engine counts lines as LSP does (\n, \r\n and \r) and columns in UTF-16 code units, from 1.
  return {
    start: {line: finding.start.line - 1, character: finding.start.column - 1},
    end: {line: finding.end.line - 1, character: finding.end.column - 1},
  };
}

export function toDiagnostic(finding: Finding): Diagnostic {
  return {
    range: toRange(finding),
    severity: severities[finding.severity],
    source: 'Helder',
    code: finding.ruleId,
    codeDescription: {href: finding.url},
    message: finding.message,
    data: {ruleId: finding.ruleId, actual: finding.actual, suggestions: finding.suggestions} satisfies FindingData,
  };
}

function hoverText(finding: Finding, rules: RuleInfo[]): string {
  const rule = rules.find((candidate) => candidate.id === finding.ruleId);
  const lines = [`**${rule?.title ?? finding.ruleId}** — ${finding.message}`, '', `*Waarom:* ${finding.explanation}`];
  if (finding.suggestions.length) lines.push('', `*Schrijf liever:* ${finding.suggestions.map((suggestion) => `‘${suggestion}’`).join(', ')}`);
  const example = rule?.examples[0];
  if (example) lines.push('', `*Voorbeeld:* ~~${example.bad}~~ → ${example.good}`);
  lines.push('', `[Meer over deze regel](${finding.url})`);
  return lines.join('\n');
}

export function readabilityPanelData(report: Report, document: TextDocument): ReadabilityPanelData {
  const counts = new Map<string, number>();
  for (const finding of report.findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  const hardest = report.findings
    .filter((finding) => finding.ruleId === 'long-sentence' || finding.ruleId === 'readability')
    .map((finding) => ({text: finding.actual.replace(/\s+/g, ' ').trim(), message: finding.message, range: toRange(finding)}))
    .slice(0, 10);
  const {paragraphs, ...figures} = report.readability;
  return {
    uri: document.uri,
    readability: figures,
    paragraphs: paragraphs.map((paragraph) => ({
      kind: paragraph.kind,
      words: paragraph.words,
      fleschDouma: paragraph.fleschDouma,
      level: paragraph.level.label,
      range: toRange(paragraph),
    })),
    hardest,
    counts: [...counts].map(([ruleId, count]) => ({ruleId, count})).sort((a, b) => b.count - a.count),
  };
}
