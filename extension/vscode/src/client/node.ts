// Desktop entry: the server runs in its own Node process (dist/server.js), over IPC.
import type * as vscode from 'vscode';
import {LanguageClient, TransportKind} from 'vscode-languageclient/node';
import {activateHelder} from './extension.js';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  return activateHelder(
    context,
    (options) => new LanguageClient('helder', 'Helder', {run: {module, transport: TransportKind.ipc}, debug: {module, transport: TransportKind.ipc}}, options),
  );
}

export function deactivate(): void {}
