// The VS Code side of Helder, shared by desktop and web: starts the language server, shows the
// readability in the status bar and a panel, and carries out what the server's quick fixes ask
// (word list, switching a rule off). The only module that touches `vscode.*`; no rule logic here.
import * as vscode from 'vscode';
import type {BaseLanguageClient, LanguageClientOptions} from 'vscode-languageclient';
import {referencedFiles, spellingWordlist} from '../../../../lint-rules/configuration-files.js';
import {type ConfigFiles, defaultSettings, type DocumentStatus, type HelderSettings, Notifications, type ReadabilityPanelData, Requests} from '../protocol.js';
import {panelHtml} from './panel.js';

export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

const WORDLIST_DEFAULT = '.helder-woorden.txt';

export async function activateHelder(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<void> {
  const statuses = new Map<string, DocumentStatus>();
  const statusItem = vscode.window.createStatusBarItem('helder.readability', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'Helder: leesbaarheid';
  statusItem.command = 'helder.showReadability';
  context.subscriptions.push(statusItem);

  let settings = await readSettings();
  const client = createClient({
    documentSelector: settings.languages.map((language) => ({language})),
    initializationOptions: {settings},
    outputChannelName: 'Helder',
  });

  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const status = editor && statuses.get(editor.document.uri.toString());
    if (!editor || !settings.languages.includes(editor.document.languageId)) {
      statusItem.hide();
      return;
    }
    if (!status) {
      statusItem.text = '$(book) Helder …';
      statusItem.tooltip = 'Helder controleert de tekst.';
    } else if (status.tooLarge) {
      statusItem.text = '$(book) Helder: te groot';
      statusItem.tooltip = `Dit bestand heeft ${status.characters.toLocaleString('nl-NL')} tekens. Helder controleert bestanden tot ${status.limit.toLocaleString('nl-NL')} tekens (instelling helder.maxFileSize).`;
    } else if (status.language === 'en' && status.english) {
      // An English text: English figures (Flesch Reading Ease, higher is easier).
      statusItem.text = `$(book) EN · Reading Ease ${Math.round(status.english.fleschReadingEase)}${status.otherLanguageParts ? ' · +NL' : ''}`;
      statusItem.tooltip = new vscode.MarkdownString(
        `**Leesbaarheid (Helder): Engelse tekst**\n\n- Flesch Reading Ease: ${status.english.fleschReadingEase.toFixed(0)} (hoger is makkelijker; 60 of meer is goed leesbaar)\n- Flesch-Kincaid: groep ${status.english.fleschKincaidGrade.toFixed(1)} (Amerikaans schooljaar)\n- ${status.english.words} Engelse woorden, ${status.findings} meldingen${status.otherLanguageParts ? `\n- ${status.otherLanguageParts} stuk(ken) Nederlands, gecontroleerd met de Nederlandse regels` : ''}\n\nKlik voor het leesbaarheidspaneel.`,
      );
    } else {
      statusItem.text = `$(book) ${status.level} · ${Math.round(status.fleschDouma)}${status.otherLanguageParts ? ' · +EN' : ''}`;
      const english = status.english
        ? `\n- ${status.otherLanguageParts} stuk(ken) Engels (${status.english.words} woorden, Flesch Reading Ease ${status.english.fleschReadingEase.toFixed(0)}), gecontroleerd met de Engelse regels`
        : '';
      statusItem.tooltip = new vscode.MarkdownString(
        `**Leesbaarheid (Helder)**\n\n- Flesch-Douma: ${status.fleschDouma.toFixed(0)} (hoger is makkelijker; B1 vraagt ongeveer 65 of meer)\n- Niveau: ${status.level}\n- ${status.words} woorden, ${status.findings} meldingen${english}\n\nKlik voor het leesbaarheidspaneel.`,
      );
    }
    statusItem.show();
  };

  client.onNotification(Notifications.status, (status: DocumentStatus) => {
    statuses.set(status.uri, status);
    if (status.tooLarge && vscode.window.activeTextEditor?.document.uri.toString() === status.uri) {
      void vscode.window.showInformationMessage(
        `Helder controleert dit bestand niet: het heeft ${status.characters.toLocaleString('nl-NL')} tekens en de grens is ${status.limit.toLocaleString('nl-NL')} (instelling helder.maxFileSize).`,
      );
    }
    updateStatus();
    if (panel && status.uri === panelUri) void refreshPanel();
  });

  let panel: vscode.WebviewPanel | undefined;
  let panelUri: string | undefined;
  const refreshPanel = async () => {
    if (!panel || !panelUri) return;
    const data = (await client.sendRequest(Requests.readability, {uri: panelUri})) as ReadabilityPanelData | undefined;
    if (data && panel) panel.webview.html = panelHtml(data, panel.webview.cspSource, nonce());
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.commands.registerCommand('helder.checkDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return void vscode.window.showInformationMessage('Open eerst een tekst om te controleren.');
      const count = await client.sendRequest(Requests.check, {uri: editor.document.uri.toString()});
      if (count === undefined || count === null) {
        void vscode.window.showInformationMessage(`Helder controleert bestanden van het type ‘${editor.document.languageId}’ niet. Zie de instelling helder.languages.`);
      }
    }),
    vscode.commands.registerCommand('helder.showReadability', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return void vscode.window.showInformationMessage('Open eerst een tekst.');
      panelUri = editor.document.uri.toString();
      if (!panel) {
        panel = vscode.window.createWebviewPanel('helder.readability', 'Leesbaarheid', vscode.ViewColumn.Beside, {
          enableScripts: true,
          localResourceRoots: [],
        });
        panel.onDidDispose(() => (panel = undefined));
        panel.webview.onDidReceiveMessage(async (message: {reveal?: {start: {line: number; character: number}; end: {line: number; character: number}}}) => {
          if (!message.reveal || !panelUri) return;
          const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(panelUri));
          const {start, end} = message.reveal;
          const range = new vscode.Range(start.line, start.character, end.line, end.character);
          const shown = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
          shown.selection = new vscode.Selection(range.start, range.end);
          shown.revealRange(range, vscode.TextEditorRevealType.InCenter);
        });
      }
      panel.title = `Leesbaarheid: ${editor.document.uri.path.split('/').pop()}`;
      await refreshPanel();
      panel.reveal(vscode.ViewColumn.Beside, true);
    }),
    vscode.commands.registerCommand('helder.checkWorkspace', async () => {
      const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', '**/{node_modules,.git}/**', 5000);
      let findings = 0;
      await vscode.window.withProgress(
        {location: vscode.ProgressLocation.Notification, title: 'Helder controleert de werkruimte', cancellable: true},
        async (progress, token) => {
          for (const [index, file] of files.entries()) {
            if (token.isCancellationRequested) break;
            progress.report({message: `${index + 1} van ${files.length}: ${vscode.workspace.asRelativePath(file)}`, increment: 100 / files.length});
            // Opening a document hands it to the server, which publishes its findings to the Problems panel.
            const document = await vscode.workspace.openTextDocument(file);
            const count = await client.sendRequest(Requests.check, {uri: document.uri.toString()});
            if (typeof count === 'number') findings += count;
          }
        },
      );
      void vscode.window.showInformationMessage(`Helder heeft ${files.length} bestanden gecontroleerd: ${findings} meldingen. Zie het venster Problemen.`);
    }),
    vscode.commands.registerCommand('helder.addToWordlist', async (word: string, uri?: string) => {
      const file = wordlistUri(uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri);
      if (!file) return void vscode.window.showWarningMessage('Open een map of werkruimte om een woordenlijst te gebruiken.');
      const existing = await readText(file);
      if (existing === undefined || !spellingWordlist(file.toString(), {text: existing}).words.includes(word.replace(/[’‘]/g, "'"))) {
        const text = `${existing === undefined ? '# Woorden die Helder goed rekent (één per regel)\n' : existing.replace(/\n?$/, '\n')}${word}\n`;
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
      }
      await sendSettings();
    }),
    vscode.commands.registerCommand('helder.disableRule', async (ruleId: string) => {
      const configuration = vscode.workspace.getConfiguration('helder');
      const rules = {...(configuration.get<Record<string, unknown>>('rules') ?? {}), [ruleId]: false};
      await configuration.update('rules', rules, vscode.ConfigurationTarget.Workspace);
      void vscode.window.showInformationMessage(`De regel ‘${ruleId}’ staat uit in deze werkruimte. Zet hem aan in de instelling helder.rules.`);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('helder')) return;
      if (event.affectsConfiguration('helder.languages')) {
        void vscode.window.showInformationMessage('Helder: de nieuwe talen gelden na het herladen van het venster.');
      }
      await sendSettings();
    }),
  );

  // The CLI's configuration file and the word list: a change means a new checker on the server.
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/{.helderrc.json,*.yaml,*.yml}');
  const wordWatcher = vscode.workspace.createFileSystemWatcher(`**/${settings.wordlistFile}`);
  const configChanged = async () => {
    await sendSettings(); // the web server gets the configuration's texts with the settings
    await client.sendNotification(Notifications.configChanged);
  };
  context.subscriptions.push(
    configWatcher,
    configWatcher.onDidChange(configChanged),
    configWatcher.onDidCreate(configChanged),
    configWatcher.onDidDelete(configChanged),
    wordWatcher,
    wordWatcher.onDidChange(() => sendSettings()),
    wordWatcher.onDidCreate(() => sendSettings()),
    wordWatcher.onDidDelete(() => sendSettings()),
  );

  async function sendSettings() {
    settings = await readSettings();
    await client.sendNotification(Notifications.settings, settings);
  }

  await client.start();
  context.subscriptions.push({dispose: () => void client.stop()});
  updateStatus();
}

type ClientSettings = HelderSettings & {wordlistFile: string};

async function readSettings(): Promise<ClientSettings> {
  const configuration = vscode.workspace.getConfiguration('helder');
  const wordlistFile = configuration.get<string>('wordlistFile') || WORDLIST_DEFAULT;
  const words: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const text = await readText(vscode.Uri.joinPath(folder.uri, wordlistFile));
    if (text !== undefined) words.push(...spellingWordlist(wordlistFile, {text}).words);
  }
  return {
    rules: configuration.get('rules') ?? defaultSettings.rules,
    languages: configuration.get('languages') ?? defaultSettings.languages,
    textLanguage: configuration.get('textLanguage') ?? defaultSettings.textLanguage,
    run: configuration.get('run') ?? defaultSettings.run,
    debounce: configuration.get('debounce') ?? defaultSettings.debounce,
    maxFileSize: configuration.get('maxFileSize') ?? defaultSettings.maxFileSize,
    words,
    wordlistFile,
    config: await readConfigFiles(),
  };
}

/** The workspace's `.helderrc.json` (the first folder that has one) and the files it names. */
async function readConfigFiles(): Promise<ConfigFiles | undefined> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const path = vscode.Uri.joinPath(folder.uri, '.helderrc.json').toString();
    const text = await readText(vscode.Uri.parse(path));
    if (text === undefined) continue;
    const files: ConfigFiles['files'] = {};
    for (const name of referencedFiles(text)) {
      // The same resolution as the server's, so the names match.
      const target = new URL(name, path).href;
      const content = await readText(vscode.Uri.parse(target));
      files[target] = content === undefined ? {problem: 'woordenlijst niet gevonden'} : {text: content};
    }
    return {path, text, files};
  }
  return undefined;
}

function wordlistUri(document: vscode.Uri | undefined): vscode.Uri | undefined {
  const folder = (document && vscode.workspace.getWorkspaceFolder(document)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const name = vscode.workspace.getConfiguration('helder').get<string>('wordlistFile') || WORDLIST_DEFAULT;
  return vscode.Uri.joinPath(folder.uri, name);
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
