// What the Helder client and server say to each other beyond standard LSP: settings, the
// document's readability for the status bar and the panel, and the workspace configuration.
import type {Range} from 'vscode-languageserver';
import type {CheckerOptions, ReadabilityFigures, RuleSetting} from '../../../lint-rules/index.js';

export interface HelderSettings {
  /** Per rule id, as in `.helderrc.json`: false switches a rule off, a severity or an object with options. */
  rules: Record<string, RuleSetting>;
  /** VS Code language ids to check. */
  languages: string[];
  /** The language of the text: `auto` detects Dutch or English per document and per paragraph. */
  textLanguage: 'auto' | 'nl' | 'en';
  /** Check while typing (after `debounce` ms) or only when the file is saved. */
  run: 'onType' | 'onSave';
  debounce: number;
  /** Characters; a longer file gets one notice instead of a check. */
  maxFileSize: number;
  /** Words from the workspace word list file, which the client reads (it is also where "Voeg toe aan woordenlijst" writes). */
  words: string[];
  /**
   * The workspace's `.helderrc.json` and the files it names, as the client read them (for the web
   * server, which has no disk; the Node server reads the files itself, upward from each document).
   */
  config?: ConfigFiles;
}

export interface ConfigFiles {
  /** The configuration file's URI. */
  path: string;
  text: string;
  /** The files it names, by URI: their text, or why they could not be read. */
  files: Record<string, {text: string} | {problem: string}>;
}

export const defaultSettings: HelderSettings = {
  rules: {},
  languages: ['plaintext', 'markdown'],
  textLanguage: 'auto',
  run: 'onType',
  debounce: 300,
  maxFileSize: 500_000,
  words: [],
};

/** The workspace configuration as the host read it (the CLI's `.helderrc.json`, with its word lists). */
export interface ConfigBundle {
  path?: string;
  /** Changes whenever one of the files changes, so the server knows to build a new checker. */
  stamp: string;
  options: CheckerOptions;
  spellingWords: string[];
  problems: string[];
}

/** What a quick fix needs, carried on each diagnostic. */
export interface FindingData {
  ruleId: string;
  actual: string;
  suggestions: string[];
}

export type DocumentStatus =
  | {
      uri: string;
      words: number;
      fleschDouma: number;
      level: string;
      findings: number;
      /** The document's language, and how many stretches are in the other one. */
      language: 'nl' | 'en';
      otherLanguageParts: number;
      /** Figures of the English text, when there is any. */
      english?: {words: number; fleschReadingEase: number; fleschKincaidGrade: number};
      tooLarge?: undefined;
    }
  | {uri: string; tooLarge: true; characters: number; limit: number};

export interface ReadabilityPanelData {
  uri: string;
  readability: ReadabilityFigures;
  paragraphs: {kind: string; words: number; fleschDouma: number; level: string; range: Range}[];
  hardest: {text: string; message: string; range: Range}[];
  counts: {ruleId: string; count: number}[];
}

export const Notifications = {
  /** server → client: readability and counts of a document, or that it is too large. */
  status: 'helder/status',
  /** client → server: the `helder.*` settings changed. */
  settings: 'helder/settings',
  /** client → server: `.helderrc.json`, a word list or the spelling word list changed. */
  configChanged: 'helder/configChanged',
} as const;

export const Requests = {
  /** client → server: check this document now; answers the number of findings. */
  check: 'helder/check',
  /** client → server: the data for the readability panel. */
  readability: 'helder/readability',
} as const;
