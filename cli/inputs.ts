// Reads the documents to check. Every problem becomes a Dutch message that names the file.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {extname, join} from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {toMdast} from 'hast-util-to-mdast';
import mammoth from 'mammoth';
import {toMarkdown} from 'mdast-util-to-markdown';
import type {Format} from '../lint-rules/parse.js';

export interface Document {
  /** As given on the command line; `-` for standard input. */
  name: string;
  text: string;
  format: Format;
}

export class InputError extends Error {}

const markdownExtensions = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const plainExtensions = new Set(['.txt', '.text', '']);

/** Whether Helder reads files with this name (by extension; files without one are plain text). */
export function isSupported(name: string): boolean {
  const extension = extname(name).toLowerCase();
  return extension === '.docx' || markdownExtensions.has(extension) || (plainExtensions.has(extension) && extension !== '');
}

/**
 * Folders named on the command line become the documents in them (and in their subfolders), in
 * name order; hidden files, Word's lock files (~$brief.docx) and unsupported types are skipped.
 */
export function expandFolders(names: string[]): string[] {
  const files: string[] = [];
  for (const name of names) {
    let isFolder = false;
    try {
      isFolder = name !== '-' && statSync(name).isDirectory();
    } catch {
      // Not there: readDocument says so, naming the file.
    }
    if (!isFolder) files.push(name);
    else files.push(...filesIn(name));
  }
  return files;
}

function filesIn(folder: string): string[] {
  const entries = readdirSync(folder, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...filesIn(path));
    else if (entry.isFile() && isSupported(entry.name)) files.push(path);
  }
  return files;
}

export async function readDocument(name: string, stdinFormat: Format = 'plain'): Promise<Document> {
  if (name === '-') return {name, text: decode(name, readFileSync(0)), format: stdinFormat};
  let stats;
  try {
    stats = statSync(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'bestand niet gevonden' : `kan het bestand niet openen (${code})`);
  }
  if (stats.isDirectory()) throw new InputError('dit is een map; geef de bestanden op, bijvoorbeeld map/*.md');
  const extension = extname(name).toLowerCase();
  const buffer = readFileSync(name);
  if (buffer.length === 0) throw new InputError('het bestand is leeg');
  if (extension === '.docx') return {name, text: await docxToMarkdown(buffer), format: 'markdown'};
  if (markdownExtensions.has(extension)) return {name, text: decode(name, buffer), format: 'markdown'};
  if (plainExtensions.has(extension)) return {name, text: decode(name, buffer), format: 'plain'};
  throw new InputError(`bestandstype '${extension}' wordt niet ondersteund; Helder leest .txt, .md en .docx`);
}

function decode(name: string, buffer: Buffer): string {
  if (buffer.subarray(0, 8000).includes(0)) throw new InputError('dit is geen tekstbestand (binaire inhoud)');
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError('dit bestand is geen UTF-8-tekst; sla het op als UTF-8');
  }
}

/** Word to Markdown: paragraphs, headings and lists survive as structure for the engine. */
export async function docxToMarkdown(buffer: Buffer): Promise<string> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({buffer})).value;
  } catch (error) {
    throw new InputError(`kan dit Word-bestand niet lezen; is het beschadigd? (${(error as Error).message})`);
  }
  const markdown = toMarkdown(toMdast(fromHtml(html, {fragment: true})));
  if (!markdown.trim()) throw new InputError('het Word-bestand bevat geen tekst');
  return markdown;
}
