import type { TextQuote } from '../content/highlight.ts';
import type { ErrorInfo, Fact, Summary } from '../core/types.ts';
import { ERROR_CODES } from '../core/types.ts';

// The one message protocol between the extension's pages and its worker. Each request names a type in
// RequestMap; the worker's answer is the matching ResponseMap entry. Every message is checked on arrival.

/** What the worker stores per tab and hands to the view: the summary with the facts of every length. */
export interface PageResult {
  tabId: number;
  url: string;
  /** Facts of every length (by rank), and each sentence as a text quote the page can anchor. */
  summary: Omit<Summary, 'facts' | 'sentences'> & { ranked: Fact[]; sentences: TextQuote[] };
  extractedAt: number;
  /** extractMs: injection and extraction as the worker waits for them; pageMs: clone + Readability in the page. */
  timings: { extractMs: number; summarizeMs: number; pageMs?: number };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export interface RequestMap {
  /** url: the tab's address as the asking page saw it, when it could (it saves the worker a lookup). */
  summarize: { tabId: number; url?: string; force?: boolean; anyway?: boolean };
  highlight: { tabId: number; quote: TextQuote };
}
export interface ResponseMap {
  summarize: Result<PageResult>;
  highlight: Result<{ text: string }>;
}
export type RequestType = keyof RequestMap;

export const MARKER = 'nutgraf/1';

export type Message = {
  [K in RequestType]: { marker: typeof MARKER; type: K; payload: RequestMap[K] };
}[RequestType];

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isOptionalBoolean = (x: unknown) => x === undefined || typeof x === 'boolean';

const isTabId = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const MAX_QUOTE = 20_000;
const isShortString = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_QUOTE;
/** Browsers cap an address near 2 MB (Chrome); anything that does not parse is not one. */
const MAX_URL = 2 * 1024 * 1024;
const isUrl = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_URL && URL.canParse(x);

const PAYLOAD_GUARDS: { [K in RequestType]: (p: unknown) => p is RequestMap[K] } = {
  summarize: (p): p is RequestMap['summarize'] =>
    isRecord(p) &&
    isTabId(p.tabId) &&
    (p.url === undefined || isUrl(p.url)) &&
    isOptionalBoolean(p.force) &&
    isOptionalBoolean(p.anyway),
  highlight: (p): p is RequestMap['highlight'] =>
    isRecord(p) &&
    isTabId(p.tabId) &&
    isRecord(p.quote) &&
    isShortString(p.quote.exact) &&
    p.quote.exact.length > 0 &&
    isShortString(p.quote.prefix) &&
    isShortString(p.quote.suffix),
};

/** Parses an incoming message, or says why it is refused. */
export function parseMessage(raw: unknown): { message: Message } | { refused: string } {
  if (!isRecord(raw) || raw.marker !== MARKER) return { refused: 'not a Nutgraf message' };
  const type = raw.type;
  if (typeof type !== 'string' || !Object.hasOwn(PAYLOAD_GUARDS, type))
    return { refused: `unknown type ${String(type)}` };
  const guard = PAYLOAD_GUARDS[type as RequestType];
  if (!guard(raw.payload)) return { refused: `malformed payload for ${type}` };
  return { message: raw as Message };
}

export function request<K extends RequestType>(type: K, payload: RequestMap[K]): Message {
  return { marker: MARKER, type, payload } as Message;
}

export function isErrorInfo(x: unknown): x is ErrorInfo {
  return isRecord(x) && typeof x.message === 'string' && (ERROR_CODES as readonly unknown[]).includes(x.code);
}

/** Checks the shape of a worker answer before the view trusts it. */
export function isResult(x: unknown): x is Result<PageResult> {
  if (!isRecord(x)) return false;
  if (x.ok === false) return isErrorInfo(x.error);
  const summary = isRecord(x.value) ? x.value.summary : undefined;
  return (
    x.ok === true && isRecord(summary) && Array.isArray(summary.ranked) && Array.isArray(summary.sentences)
  );
}

export function isHighlightResult(x: unknown): x is Result<{ text: string }> {
  if (!isRecord(x)) return false;
  if (x.ok === false) return isErrorInfo(x.error);
  return x.ok === true && isRecord(x.value) && typeof x.value.text === 'string';
}

export const cacheKey = (tabId: number) => `tab:${tabId}`;
