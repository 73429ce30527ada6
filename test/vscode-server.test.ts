// The Helder language server against the real engine, over a real LSP connection (JSON-RPC on
// in-memory streams): diagnostics and their ranges, quick fixes, hover, incremental edits.
import assert from 'node:assert/strict';
import {PassThrough} from 'node:stream';
import {createConnection} from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  CodeActionRequest,
  HoverRequest,
  type CodeAction,
  type ProtocolConnection,
  type Hover,
} from 'vscode-languageserver-protocol/node';
import {TextDocument} from 'vscode-languageserver-textdocument';
import {Notifications, Requests, type DocumentStatus, type ReadabilityPanelData} from '../extension/vscode/src/protocol.js';
import {startServer} from '../extension/vscode/src/server/server.js';
import {spellingSupport} from './support/helpers.js';

interface Session {
  client: ProtocolConnection;
  diagnostics: Map<string, PublishDiagnosticsParams[]>;
  statuses: DocumentStatus[];
  next(uri: string, count?: number): Promise<PublishDiagnosticsParams>;
  close(): Promise<void>;
}

async function startSession(settings: Record<string, unknown> = {}): Promise<Session> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(serverConnection, {loadSpelling: spellingSupport});
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  const waiting: {uri: string; count: number; resolve: (params: PublishDiagnosticsParams) => void}[] = [];
  const statuses: DocumentStatus[] = [];
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const list = diagnostics.get(params.uri) ?? [];
    list.push(params);
    diagnostics.set(params.uri, list);
    for (const wait of [...waiting]) {
      if (wait.uri === params.uri && list.length >= wait.count) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(list[wait.count - 1]);
      }
    }
  });
  client.onNotification(Notifications.status, (status: DocumentStatus) => {
    statuses.push(status);
  });
  client.onNotification('window/showMessage', () => {});
  client.listen();
  await client.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: null,
    capabilities: {},
    workspaceFolders: null,
    initializationOptions: {settings: {debounce: 10, ...settings}},
  });
  await client.sendNotification(InitializedNotification.type, {});
  return {
    client,
    diagnostics,
    statuses,
    // The `count`-th publication for this document (1-based), waiting for it if needed.
    next(uri, count) {
      const list = diagnostics.get(uri) ?? [];
      const wanted = count ?? list.length + 1;
      if (list.length >= wanted) return Promise.resolve(list[wanted - 1]);
      return new Promise((resolve, reject) => {
        waiting.push({uri, count: wanted, resolve});
        setTimeout(() => reject(new Error(`no diagnostics #${wanted} for ${uri}`)), 20000);
      });
    },
    async close() {
      await client.sendRequest('shutdown');
      client.dispose();
      serverConnection.dispose();
    },
  };
}

const letter = [
  'Geachte heer Jansen,',
  '',
  'Indien u het niet eens bent met dit besluit, kunt u bezwaar maken.',
  'Wij hebben uw aanvraag in goede orde ontvangen.',
  '',
  'Met vriendelijke groet,',
].join('\n');

/** The status notification for a document; it follows the diagnostics, so it may still be on its way. */
async function statusOf(session: Session, uri: string): Promise<DocumentStatus> {
  for (let tries = 0; tries < 200; tries++) {
    const found = session.statuses.find((entry) => entry.uri === uri);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no status for ${uri}`);
}

function byRule(diagnostics: Diagnostic[], ruleId: string) {
  return diagnostics.filter((diagnostic) => diagnostic.code === ruleId);
}

describe('VS Code language server', function () {
  this.timeout(60000);
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session.close());

  it('publishes findings as diagnostics with the rule id, its page and the flagged text under the range', async () => {
    const uri = 'file:///tmp/brief-1.txt';
    const published = session.next(uri, 1);
    await session.client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text: letter}});
    const {diagnostics, version} = await published;
    assert.equal(version, 1);
    const document = TextDocument.create(uri, 'plaintext', 1, letter);
    const [indien] = byRule(diagnostics, 'jargon');
    assert.ok(indien, `jargon finding for Indien in ${JSON.stringify(diagnostics)}`);
    assert.equal(document.getText(indien.range), 'Indien');
    assert.deepEqual(indien.range.start, {line: 2, character: 0});
    assert.equal(indien.source, 'Helder');
    assert.equal(indien.severity, 2);
    assert.match(indien.codeDescription!.href, /docs\/regels\/jargon\.md$/);
    assert.deepEqual((indien.data as {suggestions: string[]}).suggestions[0], 'Als');
    const status = await statusOf(session, uri);
    assert.ok(!status.tooLarge && status.words > 15 && status.level.length > 0, JSON.stringify(status));
  });

  it('offers quick fixes that carry the checked version, and none once the text changed', async () => {
    const uri = 'file:///tmp/brief-2.txt';
    const first = session.next(uri, 1);
    await session.client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text: letter}});
    const {diagnostics} = await first;
    const [indien] = byRule(diagnostics, 'jargon');
    const actions = (await session.client.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: indien.range,
      context: {diagnostics: [indien]},
    })) as CodeAction[];
    const replace = actions.find((action) => action.title === 'Vervang door ‘Als’')!;
    assert.ok(replace, `actions: ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(replace.isPreferred, true);
    const change = replace.edit!.documentChanges![0] as {textDocument: {version: number}; edits: {range: unknown; newText: string}[]};
    assert.equal(change.textDocument.version, 1);
    assert.deepEqual(change.edits[0], {range: indien.range, newText: 'Als'});
    assert.ok(actions.some((action) => action.title.startsWith('Negeer ‘jargon’') && action.edit));
    assert.ok(actions.some((action) => action.command?.command === 'helder.disableRule' && action.command.arguments?.[0] === 'jargon'));

    // The writer types in front of the finding; until the new version is checked, nothing is offered.
    await session.client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version: 2},
      contentChanges: [{range: {start: {line: 2, character: 0}, end: {line: 2, character: 0}}, text: 'Let op. '}],
    });
    const stale = (await session.client.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: indien.range, context: {diagnostics: [indien]}})) as CodeAction[];
    assert.deepEqual(stale, []);
  });

  it('keeps ranges right after edits above a finding and inside it', async () => {
    const uri = 'file:///tmp/brief-3.txt';
    const first = session.next(uri, 1);
    await session.client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text: letter}});
    await first;
    // Two lines inserted above.
    const second = session.next(uri, 2);
    await session.client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version: 2},
      contentChanges: [{range: {start: {line: 1, character: 0}, end: {line: 1, character: 0}}, text: 'U schreef ons op 3 mei.\n\n'}],
    });
    const afterInsert = await second;
    assert.equal(afterInsert.version, 2);
    const [moved] = byRule(afterInsert.diagnostics, 'jargon');
    assert.deepEqual(moved.range, {start: {line: 4, character: 0}, end: {line: 4, character: 6}});
    // An edit inside the word: 'Indien' becomes 'Indiën'; no jargon finding is left there.
    const third = session.next(uri, 3);
    await session.client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version: 3},
      contentChanges: [{range: {start: {line: 4, character: 4}, end: {line: 4, character: 5}}, text: 'ë'}],
    });
    const afterInside = await third;
    assert.equal(byRule(afterInside.diagnostics, 'jargon').filter((diagnostic) => diagnostic.range.start.line === 4).length, 0);
    const text = letter.replace('Indien', 'Indiën').replace('Geachte heer Jansen,\n', 'Geachte heer Jansen,\nU schreef ons op 3 mei.\n\n');
    const document = TextDocument.create(uri, 'plaintext', 3, text);
    for (const diagnostic of afterInside.diagnostics) {
      assert.equal(document.getText(diagnostic.range), (diagnostic.data as {actual: string}).actual, `${diagnostic.code} range`);
    }
  });

  it('puts every range on its flagged text, also with Windows and old Mac line endings', async () => {
    for (const [name, ending] of [['crlf', '\r\n'], ['cr', '\r']]) {
      const uri = `file:///tmp/brief-${name}.txt`;
      const text = `${letter}\n\nDe behandeling van uw aanvraag duurt acht weken. Men kan het formulier ophalen.`.replace(/\n/g, ending);
      const first = session.next(uri, 1);
      await session.client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text}});
      const {diagnostics} = await first;
      assert.ok(diagnostics.length >= 4, `${name}: ${diagnostics.length} diagnostics`);
      const document = TextDocument.create(uri, 'plaintext', 1, text);
      for (const diagnostic of diagnostics) {
        assert.equal(document.getText(diagnostic.range), (diagnostic.data as {actual: string}).actual, `${name} ${diagnostic.code}`);
      }
    }
  });

  it('explains a finding on hover, with why and an example', async () => {
    const uri = 'file:///tmp/brief-4.txt';
    const first = session.next(uri, 1);
    await session.client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text: letter}});
    await first;
    const hover = (await session.client.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 2, character: 2}})) as Hover;
    const value = (hover.contents as {value: string}).value;
    assert.match(value, /Indien/);
    assert.match(value, /Waarom:/);
    assert.match(value, /Voorbeeld:/);
    const nothing = await session.client.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 0, character: 1}});
    assert.equal(nothing, null);
  });

  it('offers to add an unknown word to the word list', async () => {
    const uri = 'file:///tmp/brief-5.txt';
    const text = 'U krijgt binnen acht weken een besluit over uw vergunnig.';
    const first = session.next(uri, 1);
    await session.client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text}});
    const {diagnostics} = await first;
    const [typo] = byRule(diagnostics, 'spelling');
    assert.ok(typo, 'spelling finding');
    const actions = (await session.client.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: typo.range, context: {diagnostics: [typo]}})) as CodeAction[];
    assert.ok(actions.some((action) => action.title === 'Vervang door ‘vergunning’'));
    const add = actions.find((action) => action.command?.command === 'helder.addToWordlist');
    assert.deepEqual(add?.command?.arguments, ['vergunnig', uri]);
  });

  it('answers the readability panel request with paragraphs, hard sentences and counts per rule', async () => {
    const uri = 'file:///tmp/brief-6.txt';
    const first = session.next(uri, 1);
    await session.client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text: letter}});
    await first;
    const data = (await session.client.sendRequest(Requests.readability, {uri})) as ReadabilityPanelData;
    assert.ok(data.paragraphs.length >= 3);
    assert.ok(data.counts.some((count) => count.ruleId === 'jargon' && count.count >= 1));
    assert.ok(data.readability.words > 15);
  });

  it('checks English text with the English rules and reports its language and figures', async () => {
    const uri = 'file:///tmp/letter-en.txt';
    const text = 'Dear Ms Kowalska,\n\nYour registration request was received on 3 March. Please utilise the online form prior to your appointment at the town hall.\n';
    const published = session.next(uri, 1);
    await session.client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text}});
    const {diagnostics} = await published;
    const document = TextDocument.create(uri, 'plaintext', 1, text);
    assert.deepEqual(byRule(diagnostics, 'simplify').map((diagnostic) => document.getText(diagnostic.range)), ['utilise', 'prior to']);
    assert.deepEqual(byRule(diagnostics, 'spelling'), [], 'no Dutch spelling on English words');
    const status = await statusOf(session, uri);
    assert.ok(!status.tooLarge);
    assert.equal(status.language, 'en');
    assert.ok(status.english && status.english.words > 15 && status.english.fleschReadingEase > 0, JSON.stringify(status));
  });

  it('leaves other languages alone and says when a file is too large', async () => {
    const other = await startSession({maxFileSize: 100});
    try {
      const code = 'file:///tmp/code.ts';
      const cleared = other.next(code, 1);
      await other.client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: code, languageId: 'typescript', version: 1, text: '// Indien u wilt'}});
      assert.deepEqual((await cleared).diagnostics, []);
      const big = 'file:///tmp/groot.txt';
      const published = other.next(big, 1);
      await other.client.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: big, languageId: 'plaintext', version: 1, text: letter.repeat(3)}});
      assert.deepEqual((await published).diagnostics, []);
      const status = await statusOf(other, big);
      assert.ok(status.tooLarge, 'a too-large notice');
    } finally {
      await other.close();
    }
  });
});

describe('the bundled server (dist/server.js) as any LSP editor starts it', function () {
  this.timeout(60000);
  it('answers over stdio, loads its own dictionaries and publishes spelling and jargon findings', async () => {
    const {spawn} = await import('node:child_process');
    const server = spawn(process.execPath, [new URL('../extension/vscode/dist/server.js', import.meta.url).pathname, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']});
    const client = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const uri = 'file:///tmp/stdio-brief.txt';
    const published: PublishDiagnosticsParams[] = [];
    client.onNotification(PublishDiagnosticsNotification.type, (params) => {
      published.push(params);
    });
    client.onNotification('window/showMessage', () => {});
    client.onNotification(Notifications.status, () => {});
    client.listen();
    try {
      await client.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null});
      await client.sendNotification(InitializedNotification.type, {});
      await client.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri, languageId: 'plaintext', version: 1, text: 'Indien u vragen heeft over uw vergunnig, kunt u ons bellen.'},
      });
      // Spelling comes once the dictionaries are read: wait for a publication that has it.
      for (let tries = 0; tries < 300 && !published.some((params) => params.diagnostics.some((d) => d.code === 'spelling')); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const last = published[published.length - 1];
      assert.deepEqual(last.diagnostics.map((diagnostic) => diagnostic.code).sort(), ['jargon', 'spelling']);
      await client.sendRequest('shutdown');
      await client.sendNotification('exit');
    } finally {
      client.dispose();
      server.kill();
    }
  });
});

describe('readability panel page', () => {
  it('escapes the document’s text and allows only its own nonce-marked script and style', async () => {
    const {panelHtml} = await import('../extension/vscode/src/client/panel.js');
    const range = {start: {line: 0, character: 0}, end: {line: 0, character: 5}};
    const html = panelHtml(
      {
        uri: 'file:///brief.txt',
        readability: {words: 40, sentences: 2, syllables: 70, wordsPerSentence: 20, syllablesPerWord: 1.75, polysyllabicShare: 0.2, fleschDouma: 51, brouwer: 38, level: {code: 'B2', label: 'moeilijker dan B1 (ongeveer B2)'}},
        paragraphs: [{kind: 'paragraph', words: 40, fleschDouma: 51, level: 'ongeveer B2', range}],
        hardest: [{text: 'Klik <script>alert("x")</script> & <img src=x onerror=alert(1)>', message: 'Deze zin is lang.', range}],
        counts: [{ruleId: 'jargon', count: 3}],
      },
      'vscode-webview://bron',
      'abc123',
    );
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;'));
    assert.doesNotMatch(html, /<img/);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /<script nonce="abc123">/);
    assert.match(html, /content="default-src 'none'; style-src vscode-webview:\/\/bron 'nonce-abc123'; script-src 'nonce-abc123';"/);
    assert.match(html, /Ambtelijk woord<\/td><td>3/);
    assert.doesNotMatch(html, /https?:\/\//);
  });
});
