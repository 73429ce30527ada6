// The server in a Web Worker: the same server as in Node, dictionaries fetched from the
// extension's files (their address comes in the initialization options).
import {BrowserMessageReader, BrowserMessageWriter, createConnection} from 'vscode-languageserver/browser';
import {readConfiguration} from '../../../../lint-rules/configuration.js';
import {fetchDictionaryLoader, loadSpelling} from '../../../../lint-rules/spelling/speller.js';
import type {ConfigBundle, ConfigFiles} from '../protocol.js';
import {startServer} from './server.js';

// The client sends the configuration's texts with the settings; read once per version of them.
let read: {from: ConfigFiles; bundle: ConfigBundle} | undefined;
let version = 0;

function configFrom(files: ConfigFiles | undefined): ConfigBundle | undefined {
  if (!files) return undefined;
  if (read?.from !== files) {
    const config = readConfiguration({
      path: files.path,
      text: files.text,
      resolve: (relative) => new URL(relative, files.path).href,
      read: (path) => files.files[path] ?? {problem: 'woordenlijst niet gevonden'},
    });
    read = {from: files, bundle: {path: files.path, stamp: String(++version), options: config.options, spellingWords: config.spellingWords, problems: config.problems}};
  }
  return read.bundle;
}

// The worker's own scope talks to the page like a Worker object does.
const scope = globalThis as unknown as Worker;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, {
  loadSpelling: (options) => {
    const dictionaries = (options as {dictionaries?: string} | undefined)?.dictionaries;
    if (!dictionaries) return Promise.reject(new Error('de extensie gaf geen adres voor de woordenboeken'));
    return loadSpelling(fetchDictionaryLoader(dictionaries));
  },
  loadConfig: (_uri, settings) => configFrom(settings.config),
});
