// Helpers for end-to-end tests of the VS Code extension in a real VS Code: code-server (VS Code
// 1.100.3 in the browser, installed by scripts/code-server/install.sh outside node_modules) driven
// by playwright-core in Debian's Chromium. Nothing here talks to anything but 127.0.0.1.
//
// Typical use (see smoke.ts):
//   const server = await startCodeServer({folder});
//   const browser = await openBrowser();
//   await browser.page.goto(workspaceUrl(server, folder));
//   ...
//   assert.deepEqual(browser.externalRequests, []);
//   await browser.close();
//   await server.stop();

import {spawn, type ChildProcess} from 'node:child_process';
import {closeSync, existsSync, mkdirSync, openSync, readFileSync} from 'node:fs';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium, type BrowserContext, type Page} from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const INSTALL_SCRIPT = path.join(REPO_ROOT, 'scripts/code-server/install.sh');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium on this machine: without the networking ones it tries Google's hosts. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** User settings for the throwaway profile: no update checks, no telemetry, no welcome page, no tips. */
export const DEFAULT_SETTINGS: Record<string, unknown> = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
};

// ---------------------------------------------------------------------------------------------------
// Install

let cachedBinary: string | undefined;

/**
 * Path of the code-server binary: $HELDER_CODE_SERVER_BIN if set, else what
 * scripts/code-server/install.sh prints on its last line (it installs on first use, a few minutes,
 * and returns at once when already installed). Progress of the install goes to our stderr.
 */
export async function codeServerBinary(): Promise<string> {
  if (cachedBinary) return cachedBinary;
  const fromEnv = process.env.HELDER_CODE_SERVER_BIN;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`HELDER_CODE_SERVER_BIN=${fromEnv} does not exist`);
    return (cachedBinary = fromEnv);
  }
  const {code, stdout} = await run('bash', [INSTALL_SCRIPT], {stdio: ['ignore', 'pipe', 'inherit'], timeoutMs: 20 * 60_000});
  const lines = stdout.trim().split('\n');
  const binary = lines[lines.length - 1]?.trim() ?? '';
  if (code !== 0 || !binary || !existsSync(binary)) {
    throw new Error(`${INSTALL_SCRIPT} failed (exit ${code}); its output:\n${stdout}`);
  }
  return (cachedBinary = binary);
}

// ---------------------------------------------------------------------------------------------------
// Throwaway environment

/** A fresh HOME with XDG_* folders inside it, so code-server reads and writes nothing of the real user's. */
async function makeHome(): Promise<string> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'helder-cs-home-'));
  for (const dir of ['.config', '.local/share', '.cache', '.local/state', 'run']) {
    await mkdir(path.join(home, dir), {recursive: true, mode: 0o700});
  }
  return home;
}

function throwawayEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {...process.env};
  // Anything that could point code-server at the real user's setup, a password, a token or another VS Code.
  for (const key of Object.keys(env)) {
    if (/^(VSCODE_|CS_|CODE_SERVER_|ELECTRON_|npm_)/.test(key)) delete env[key];
  }
  for (const key of ['PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN', 'PORT', 'XDG_CONFIG_DIRS', 'XDG_DATA_DIRS', 'NODE_OPTIONS']) {
    delete env[key];
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local/state'),
    XDG_RUNTIME_DIR: path.join(home, 'run'),
  };
}

// ---------------------------------------------------------------------------------------------------
// Start and stop

export interface StartOptions {
  /** Folder to open (also passed as code-server's default folder). */
  folder: string;
  /** Extensions folder; a fresh temporary one (removed by stop()) if omitted. */
  extensionsDir?: string;
  /** User data folder; a fresh temporary one (removed by stop()) if omitted. */
  userDataDir?: string;
  /** Port on 127.0.0.1; 0 or omitted lets the kernel pick a free one. */
  port?: number;
  /** User settings written to <userDataDir>/User/settings.json (merged over DEFAULT_SETTINGS). */
  settings?: Record<string, unknown>;
  /** How long to wait for the HTTP port to answer. Default 60 s. */
  startTimeoutMs?: number;
  /** Keep the temporary folders after stop() (also with HELDER_E2E_KEEP=1), for debugging. */
  keep?: boolean;
}

export interface CodeServer {
  /** http://127.0.0.1:PORT/ */
  url: string;
  port: number;
  /** The throwaway HOME (XDG_* folders inside it). */
  home: string;
  userDataDir: string;
  extensionsDir: string;
  /** code-server's stdout and stderr. */
  logFile: string;
  pid: number;
  /** Kills the whole process group (SIGTERM, then SIGKILL) and removes the temporary folders. */
  stop(): Promise<void>;
  /** The last lines of code-server's log. */
  logTail(lines?: number): string;
}

/** URL that opens `folder` in the workbench. */
export function workspaceUrl(server: Pick<CodeServer, 'url'>, folder: string): string {
  return `${server.url}?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
}

const liveGroups = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort if a test dies without calling stop(): no code-server left behind.
  process.on('exit', () => {
    for (const pgid of liveGroups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => process.exit(130));
  }
}

export async function startCodeServer(options: StartOptions): Promise<CodeServer> {
  const binary = await codeServerBinary();
  const keep = options.keep ?? process.env.HELDER_E2E_KEEP === '1';
  const home = await makeHome();
  const ownDirs = [home];
  const userDataDir = options.userDataDir ?? path.join(home, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(home, 'extensions');
  await mkdir(path.join(userDataDir, 'User'), {recursive: true});
  await mkdir(extensionsDir, {recursive: true});
  await writeFile(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({...DEFAULT_SETTINGS, ...options.settings}, null, 2),
  );
  // An explicit, empty config file: code-server otherwise writes one with a generated password.
  const configFile = path.join(home, 'code-server-config.yaml');
  await writeFile(configFile, 'auth: none\ncert: false\n');
  const logFile = path.join(home, 'code-server.log');

  const args = [
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${options.port ?? 0}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    options.folder,
  ];
  const logFd = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    // detached: its own process group, so stop() reaches the file watcher and the extension host too.
    child = spawn(binary, args, {
      cwd: options.folder,
      env: throwawayEnv(home),
      detached: true,
      stdio: ['ignore', logFd, logFd],
    });
  } finally {
    closeSync(logFd);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${binary}`);
  installExitHook();
  liveGroups.add(pid);

  let exited: string | undefined;
  child.on('exit', (code, signal) => {
    exited = `code-server exited (code ${code}, signal ${signal})`;
  });
  child.on('error', (error) => {
    exited = `code-server could not be started: ${error.message}`;
  });

  const logTail = (lines = 40): string => {
    try {
      return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  };

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await killGroup(pid);
    liveGroups.delete(pid);
    if (!keep) {
      for (const dir of ownDirs) await rm(dir, {recursive: true, force: true, maxRetries: 3});
    }
  };

  // Wait for "HTTP server listening on http://127.0.0.1:PORT/" in the log, then for the port to answer.
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  let url: string | undefined;
  try {
    while (!url) {
      if (exited) throw new Error(exited);
      if (Date.now() > deadline) throw new Error(`code-server did not report its port within ${timeoutMs} ms`);
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+)\/?)/.exec(readFileSync(logFile, 'utf8'));
      if (match) url = `http://127.0.0.1:${match[2]}/`;
      else await sleep(100);
    }
    while (!(await answers(`${url}healthz`))) {
      if (exited) throw new Error(exited);
      if (Date.now() > deadline) throw new Error(`code-server at ${url} did not answer within ${timeoutMs} ms`);
      await sleep(100);
    }
  } catch (error) {
    const tail = logTail();
    await stop();
    throw new Error(`${(error as Error).message}\n--- code-server log ---\n${tail}`);
  }

  return {url, port: Number(new URL(url).port), home, userDataDir, extensionsDir, logFile, pid, stop, logTail};
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** SIGTERM to the whole group, SIGKILL after `graceMs` to whatever is left (the file watcher outlives SIGTERM). */
export async function killGroup(pgid: number, graceMs = 3000): Promise<void> {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    try {
      process.kill(-pgid, signal);
    } catch {
      return; // no process left in the group
    }
    const deadline = Date.now() + (signal === 'SIGTERM' ? graceMs : 5000);
    while (Date.now() < deadline) {
      if (!groupAlive(pgid)) return;
      await sleep(50);
    }
  }
  if (groupAlive(pgid)) throw new Error(`process group ${pgid} survived SIGKILL`);
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, {timeout: 2000}, (response) => {
      response.resume();
      resolve((response.statusCode ?? 500) < 500);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

// ---------------------------------------------------------------------------------------------------
// Extensions

export interface InstallResult {
  output: string;
}

/** `code-server --install-extension <vsix> --extensions-dir <dir>`, in a throwaway HOME. */
export async function installExtension(vsixPath: string, extensionsDir: string): Promise<InstallResult> {
  if (!existsSync(vsixPath)) throw new Error(`no such VSIX: ${vsixPath}`);
  const binary = await codeServerBinary();
  mkdirSync(extensionsDir, {recursive: true});
  const home = await makeHome();
  try {
    const {code, stdout} = await run(
      binary,
      [
        '--install-extension', path.resolve(vsixPath),
        '--force',
        '--extensions-dir', extensionsDir,
        '--user-data-dir', path.join(home, 'user-data'),
        '--disable-telemetry',
      ],
      {env: throwawayEnv(home), stdio: ['ignore', 'pipe', 'pipe'], timeoutMs: 120_000, detached: true},
    );
    if (code !== 0 || !/was successfully installed|already installed/i.test(stdout)) {
      throw new Error(`installing ${vsixPath} failed (exit ${code}):\n${stdout}`);
    }
    return {output: stdout};
  } finally {
    await rm(home, {recursive: true, force: true});
  }
}

// ---------------------------------------------------------------------------------------------------
// Browser

export interface Browser {
  page: Page;
  context: BrowserContext;
  /** Every request (URL) whose host was not 127.0.0.1, localhost or ::1; they are also blocked. */
  externalRequests: string[];
  /** Errors the page printed to its console or threw (for diagnostics; VS Code prints some anyway). */
  consoleErrors: string[];
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  return LOCAL_HOSTS.has(parsed.hostname);
}

export interface BrowserOptions {
  viewport?: {width: number; height: number};
  /** Keep the profile folder after close() (also with HELDER_E2E_KEEP=1). */
  keep?: boolean;
}

/**
 * Debian's Chromium, headless, with a fresh profile. Requests to any host other than the loopback
 * one are recorded in `externalRequests` and aborted, so a test can assert none left the machine.
 */
export async function openBrowser(options: BrowserOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: apt-get install -y chromium`);
  }
  const keep = options.keep ?? process.env.HELDER_E2E_KEEP === '1';
  const profile = await mkdtemp(path.join(os.tmpdir(), 'helder-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? {width: 1440, height: 900},
    timeout: 60_000,
    // Keyboard shortcuts are what a user presses on Linux.
    locale: 'en-US',
  });
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  const note = (url: string): void => {
    if (!isLocalUrl(url) && !externalRequests.includes(url)) externalRequests.push(url);
  };
  context.on('request', (request) => note(request.url()));
  await context.route((url) => !isLocalUrl(url.href), async (route) => {
    note(route.request().url());
    await route.abort('blockedbyclient');
  });
  context.on('page', (page) => watchPage(page, note, consoleErrors));
  const page = context.pages()[0] ?? (await context.newPage());
  watchPage(page, note, consoleErrors);
  page.setDefaultTimeout(30_000);

  let closed = false;
  return {
    page,
    context,
    externalRequests,
    consoleErrors,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      if (!keep) await rm(profile, {recursive: true, force: true, maxRetries: 3});
    },
  };
}

const watchedPages = new WeakSet<Page>();

function watchPage(page: Page, note: (url: string) => void, consoleErrors: string[]): void {
  if (watchedPages.has(page)) return;
  watchedPages.add(page);
  page.on('websocket', (socket) => note(socket.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface RunOptions {
  env?: NodeJS.ProcessEnv;
  stdio: ['ignore', 'pipe', 'pipe' | 'inherit'];
  timeoutMs: number;
  detached?: boolean;
}

/** Runs a command, collects stdout (and stderr when piped, interleaved), kills its group on timeout. */
function run(command: string, args: string[], options: RunOptions): Promise<{code: number | null; stdout: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {env: options.env ?? process.env, stdio: options.stdio, detached: options.detached});
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setTimeout(() => {
      const target = options.detached && child.pid ? -child.pid : child.pid;
      if (target) {
        try {
          process.kill(target, 'SIGKILL');
        } catch {
          // gone
        }
      }
      reject(new Error(`${command} ${args.join(' ')} timed out after ${options.timeoutMs} ms\n${stdout}`));
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (options.detached && child.pid) {
        // Anything it left behind in its group (install-extension can leave a watcher).
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // none
        }
      }
      resolve({code, stdout});
    });
  });
}
