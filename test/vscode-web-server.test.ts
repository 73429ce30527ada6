// The web entry of the VS Code extension: its language server (extension/vscode/dist/web/server.js,
// built by `npm run build`) runs in a Web Worker in a real browser page, driven by a tiny LSP
// client in the page, with the dictionaries fetched from the extension's files. No VS Code needed.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';
import {type Browser} from 'playwright-core';
import {launchChromium} from './support/browser.js';

const root = new URL('../', import.meta.url).pathname;

// The page's LSP client: the same JSON-RPC library VS Code's web client uses.
const pageClient = `
import {BrowserMessageReader, BrowserMessageWriter, createProtocolConnection} from 'vscode-languageserver-protocol/browser';
window.runHelderServer = async (text, settings) => {
  const worker = new Worker('/extension/dist/web/server.js');
  const connection = createProtocolConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
  const published = [];
  const messages = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => { published.push(params); });
  connection.onNotification('window/showMessage', (params) => { messages.push(params.message); });
  connection.onNotification('helder/status', () => {});
  connection.listen();
  const started = performance.now();
  const init = await connection.sendRequest('initialize', {
    processId: null, rootUri: null, capabilities: {}, workspaceFolders: null,
    initializationOptions: {dictionaries: new URL('/extension/dist/dictionaries/', location.href).href, settings},
  });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: 'file:///brief.txt', languageId: 'plaintext', version: 1, text}});
  const first = await new Promise((resolve) => { const poll = () => published.length ? resolve(performance.now() - started) : setTimeout(poll, 5); poll(); });
  for (let tries = 0; tries < 400 && !published.some((p) => p.diagnostics.some((d) => d.code === 'spelling')); tries++) await new Promise((r) => setTimeout(r, 25));
  const hover = await connection.sendRequest('textDocument/hover', {textDocument: {uri: 'file:///brief.txt'}, position: {line: 0, character: 2}});
  await connection.sendRequest('shutdown');
  worker.terminate();
  return {capabilities: init.capabilities, published, messages, firstMs: first, hover};
};
`;

describe('VS Code web extension: the language server in a Web Worker', function () {
  this.timeout(120_000);
  let browser: Browser;
  let client: string;
  const server = join(root, 'extension/vscode/dist/web/server.js');

  before(async () => {
    assert.ok(existsSync(server), 'extension/vscode/dist/web/server.js is missing; npm run build makes it');
    const result = await build({stdin: {contents: pageClient, resolveDir: root, loader: 'js'}, bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent'});
    client = result.outputFiles[0].text;
    browser = await launchChromium();
  });

  after(async () => browser?.close());

  it('publishes jargon and spelling diagnostics and answers hover, with no request leaving the page', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const files: Record<string, {type: string; body: Buffer | string}> = {
      '/': {type: 'text/html', body: '<!doctype html><html lang="nl"><title>Helder</title><script src="/client.js"></script></html>'},
      '/client.js': {type: 'text/javascript', body: client},
      '/extension/dist/web/server.js': {type: 'text/javascript', body: readFileSync(server)},
      '/extension/dist/dictionaries/nl.hdic': {type: 'application/octet-stream', body: readFileSync(join(root, 'extension/vscode/dist/dictionaries/nl.hdic'))},
      '/extension/dist/dictionaries/en.hdic': {type: 'application/octet-stream', body: readFileSync(join(root, 'extension/vscode/dist/dictionaries/en.hdic'))},
    };
    // Requests from the worker go through the browser context's routes too.
    await page.context().route('**/*', (route) => {
      const url = new URL(route.request().url());
      const file = url.host === 'helder.test' ? files[url.pathname] : undefined;
      if (file) return route.fulfill({contentType: file.type, body: file.body});
      outside.push(url.href);
      return route.abort();
    });
    await page.goto('http://helder.test/');
    const run = (text: string, settings: unknown = {}) =>
      page.evaluate(([text, settings]) => (window as unknown as {runHelderServer(text: string, settings: unknown): Promise<unknown>}).runHelderServer(text, settings), [text, settings] as const);
    const result = await run('Indien u vragen heeft over uw vergunnig, kunt u ons bellen.');
    const {published, messages, hover, capabilities, firstMs} = result as {
      published: {diagnostics: {code: string; range: {start: {character: number}}}[]}[];
      messages: string[];
      hover: {contents: {value: string}} | null;
      capabilities: {hoverProvider?: boolean};
      firstMs: number;
    };
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
    assert.deepEqual(messages, []);
    assert.equal(capabilities.hoverProvider, true);
    const last = published[published.length - 1];
    assert.deepEqual(last.diagnostics.map((diagnostic) => diagnostic.code).sort(), ['jargon', 'spelling']);
    assert.match(hover!.contents.value, /Indien/);
    // The workspace's .helderrc.json, read by the client and handed over: jargon off, 'vergunnig' in a spelling word list, 'aanvrag' not.
    const configured = (await run('Indien u vragen heeft over uw vergunnig of uw aanvrag, kunt u ons bellen.', {
      config: {
        path: 'file:///werk/.helderrc.json',
        text: JSON.stringify({rules: {jargon: false}, spellingWordlists: ['woorden.txt']}),
        files: {'file:///werk/woorden.txt': {text: '# onze woorden\nvergunnig\n'}},
      },
    })) as typeof result & {published: {diagnostics: unknown[]}[]; messages: string[]};
    assert.deepEqual(configured.messages, []);
    const remaining = configured.published[configured.published.length - 1].diagnostics as {code: string; data: {actual: string}}[];
    assert.deepEqual(remaining.map((diagnostic) => [diagnostic.code, diagnostic.data.actual]), [['spelling', 'aanvrag']]);
    console.log(`      (worker: first diagnostics ${firstMs.toFixed(0)} ms after start; bundle ${(readFileSync(server).length / 1024).toFixed(0)} KB)`);
    await page.close();
  });
});
