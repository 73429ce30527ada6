// A tiny VS Code extension, packed as a VSIX in memory (jszip), for checking the e2e machinery
// without depending on the real Helder extension: on plain-text files it reports every
// "verzoeken" as a warning (source "helder-fixture"), offers the quick fix 'Vervang door "vragen"',
// and shows a status bar item "Fixture: N meldingen".

import {writeFile} from 'node:fs/promises';
import JSZip from 'jszip';

export const FIXTURE_ID = 'helder-test.e2e-fixture';
export const FIXTURE_MESSAGE = 'Schrijf liever "vragen" (fixture)';
export const FIXTURE_FIX_TITLE = 'Vervang door "vragen"';

const VERSION = '0.0.1';

const packageJson = {
  name: 'e2e-fixture',
  displayName: 'Helder e2e fixture',
  description: 'Fixture extension for the end-to-end tests of Helder.',
  publisher: 'helder-test',
  version: VERSION,
  license: 'EUPL-1.2',
  engines: {vscode: '^1.100.0'},
  main: './extension.js',
  activationEvents: ['onLanguage:plaintext'],
  capabilities: {untrustedWorkspaces: {supported: true}},
};

const extensionJs = `'use strict';
const vscode = require('vscode');

function activate(context) {
  const collection = vscode.languages.createDiagnosticCollection('helder-fixture');
  const item = vscode.window.createStatusBarItem('helderFixture.status', vscode.StatusBarAlignment.Right, 1000);
  item.name = 'Helder fixture';
  item.tooltip = 'Helder e2e fixture';
  context.subscriptions.push(collection, item);

  function update(document) {
    if (document.languageId !== 'plaintext') return;
    const text = document.getText();
    const diagnostics = [];
    const pattern = /\\bverzoeken\\b/gi;
    let match;
    while ((match = pattern.exec(text))) {
      const range = new vscode.Range(document.positionAt(match.index), document.positionAt(match.index + match[0].length));
      const diagnostic = new vscode.Diagnostic(range, ${JSON.stringify(FIXTURE_MESSAGE)}, vscode.DiagnosticSeverity.Warning);
      diagnostic.source = 'helder-fixture';
      diagnostic.code = 'fixture-word';
      diagnostics.push(diagnostic);
    }
    collection.set(document.uri, diagnostics);
    item.text = '$(check) Fixture: ' + diagnostics.length + ' meldingen';
    item.show();
  }

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeTextDocument((event) => update(event.document)),
    vscode.languages.registerCodeActionsProvider('plaintext', {
      provideCodeActions(document, _range, codeActionContext) {
        return codeActionContext.diagnostics
          .filter((diagnostic) => diagnostic.source === 'helder-fixture')
          .map((diagnostic) => {
            const action = new vscode.CodeAction(${JSON.stringify(FIXTURE_FIX_TITLE)}, vscode.CodeActionKind.QuickFix);
            action.edit = new vscode.WorkspaceEdit();
            action.edit.replace(document.uri, diagnostic.range, 'vragen');
            action.diagnostics = [diagnostic];
            action.isPreferred = true;
            return action;
          });
      },
    }, {providedCodeActionKinds: [vscode.CodeActionKind.QuickFix]}),
  );
  vscode.workspace.textDocuments.forEach(update);
}

function deactivate() {}

module.exports = {activate, deactivate};
`;

const contentTypes = `<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension=".json" ContentType="application/json"/>
  <Default Extension=".js" ContentType="application/javascript"/>
  <Default Extension=".vsixmanifest" ContentType="text/xml"/>
</Types>
`;

const vsixManifest = `<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011" xmlns:d="http://schemas.microsoft.com/developer/vsx-schema-design/2011">
  <Metadata>
    <Identity Language="en-US" Id="${packageJson.name}" Version="${VERSION}" Publisher="${packageJson.publisher}" />
    <DisplayName>${packageJson.displayName}</DisplayName>
    <Description xml:space="preserve">${packageJson.description}</Description>
    <Properties>
      <Property Id="Microsoft.VisualStudio.Code.Engine" Value="${packageJson.engines.vscode}" />
    </Properties>
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code"/>
  </Installation>
  <Dependencies/>
  <Assets>
    <Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true" />
  </Assets>
</PackageManifest>
`;

/** Writes the fixture extension as a VSIX file and returns its path. */
export async function writeFixtureVsix(file: string): Promise<string> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', contentTypes);
  zip.file('extension.vsixmanifest', vsixManifest);
  zip.file('extension/package.json', JSON.stringify(packageJson, null, 2));
  zip.file('extension/extension.js', extensionJs);
  await writeFile(file, await zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE'}));
  return file;
}
