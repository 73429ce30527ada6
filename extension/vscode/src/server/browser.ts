// The server in a Web Worker: the same server as in Node, dictionaries fetched from the
// extension's files (their address comes in the initialization options).
import {BrowserMessageReader, BrowserMessageWriter, createConnection} from 'vscode-languageserver/browser';
import {fetchDictionaryLoader, loadSpelling} from '../../../../lint-rules/spelling/speller.js';
import {startServer} from './server.js';

// The worker's own scope talks to the page like a Worker object does.
const scope = globalThis as unknown as Worker;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, {
  loadSpelling: (options) => {
    const dictionaries = (options as {dictionaries?: string} | undefined)?.dictionaries;
    if (!dictionaries) return Promise.reject(new Error('de extensie gaf geen adres voor de woordenboeken'));
    return loadSpelling(fetchDictionaryLoader(dictionaries));
  },
});
