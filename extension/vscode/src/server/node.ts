// The server in a Node process (VS Code desktop, or any LSP editor: `node dist/server.js --stdio`).
// Dictionaries come from the extension's own files; the workspace configuration is the CLI's
// `.helderrc.json`, found upward from each document as the CLI finds it.
import {statSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node';
import {findConfig, loadConfig} from '../../../../cli/config.js';
import {loadSpelling} from '../../../../lint-rules/spelling/speller.js';
import {nodeDictionaryLoader} from '../../../../cli/dictionaries.js';
import type {ConfigBundle} from '../protocol.js';
import {startServer} from './server.js';

// Bundled as dist/server.js with the dictionaries in dist/dictionaries.
const dictionaries = process.env.HELDER_DICTIONARIES ?? join(__dirname, 'dictionaries');

const loaded = new Map<string, {stamp: string; bundle: ConfigBundle}>();

function stampOf(paths: string[]): string {
  return paths
    .map((path) => {
      try {
        return String(statSync(path).mtimeMs);
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

function configFor(uri: string): ConfigBundle | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const path = findConfig(dirname(fileURLToPath(uri)));
  if (!path) return undefined;
  const cached = loaded.get(path);
  if (cached && cached.stamp === stampOf([path])) return cached.bundle;
  const config = loadConfig(path);
  const bundle: ConfigBundle = {path, stamp: stampOf([path]), options: config.options, spellingWords: config.spellingWords, problems: config.problems};
  loaded.set(path, {stamp: bundle.stamp, bundle});
  return bundle;
}

const connection = createConnection(ProposedFeatures.all);
startServer(connection, {
  loadSpelling: () => loadSpelling(nodeDictionaryLoader(dictionaries)),
  loadConfig: configFor,
  resetConfig: () => loaded.clear(),
});
