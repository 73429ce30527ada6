// Web entry (vscode.dev, github.dev): the same server in a Web Worker (dist/web/server.js).
import * as vscode from 'vscode';
import {LanguageClient} from 'vscode-languageclient/browser';
import {activateHelder} from './extension.js';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  // The worker fetches the dictionaries from the extension's own files.
  const dictionaries = vscode.Uri.joinPath(context.extensionUri, 'dist/dictionaries/').toString(true);
  return activateHelder(context, (options) => {
    const worker = new Worker(serverUrl.toString(true));
    return new LanguageClient('helder', 'Helder', worker, {...options, initializationOptions: {...options.initializationOptions, dictionaries}});
  });
}

export function deactivate(): void {}
