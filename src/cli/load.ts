import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { articleFromText } from '../core/plain-text.ts';
import { type ArticleInput, NutgrafError } from '../core/types.ts';
import { extractArticle, LIMITS } from '../extract/extract.ts';
import { decodeHtml } from './decode.ts';

// Turns one CLI input (a .html or .txt file, "-" for stdin, or an http(s) URL) into an ArticleInput.

const FETCH_TIMEOUT_MS = 15_000;

export async function loadInput(input: string, readStdin: () => Promise<string>): Promise<ArticleInput> {
  if (/^https?:\/\//i.test(input)) return fromHtml(await download(input), input);
  if (/\.(x?html?|svg|xml)$/i.test(input)) return fromHtml(decodeHtml(await readBytes(input)), null);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
    throw new NutgrafError('bad-input', `Only http(s) URLs can be read: ${input}`);
  const text = input === '-' ? await readStdin() : await readLocal(input);
  const looksHtml =
    /\.x?html?$/i.test(input) ||
    (input === '-' && /^\s*<(!doctype|html|head|body|article|div|p)\b/i.test(text));
  return looksHtml ? fromHtml(text, null) : articleFromText(text);
}

async function readLocal(path: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(path));
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new NutgrafError('bad-input', `Cannot read ${path}: ${reason}`);
  }
}

async function download(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok) throw new NutgrafError('fetch-failed', `${url} answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/html|xml|text\/plain/i.test(type))
      throw new NutgrafError('not-article', `${url} is ${type || 'not a web page'}, not an article.`);
    const charset = /charset=([\w-]+)/i.exec(type)?.[1];
    return decodeHtml(new Uint8Array(await response.arrayBuffer()), charset);
  } catch (error) {
    if (error instanceof NutgrafError) throw error;
    throw new NutgrafError('fetch-failed', `Cannot download ${url}: ${(error as Error).message}`);
  }
}

export function fromHtml(html: string, url: string | null): ArticleInput {
  // Refused before parsing: building a DOM of this much markup would take seconds and gigabytes.
  if (html.length > LIMITS.markup) {
    throw new NutgrafError(
      'too-large',
      `This page is too large to summarize (${Math.round(html.length / 1e6)} MB of markup).`,
    );
  }
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document, { url });
}
