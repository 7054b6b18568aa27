// The one definition of every field that crosses a boundary: core -> worker -> view, core -> CLI JSON.
// Later work adds fields; it never renames these (the CLI's JSON lines are a public contract).

/** A block of article text as the page laid it out: a paragraph, a heading, a list item. */
export interface Block {
  text: string;
  kind: 'p' | 'heading' | 'li' | 'quote' | 'caption';
}

/** A link found in the article body or in its Sources / References section. */
export interface ArticleLink {
  href: string;
  text: string;
  /** True when the link sits under a heading such as "Sources", "References" or "Further reading". */
  inSourcesSection: boolean;
}

/** What extraction (Readability in a page, or the CLI over a file) hands to the core. */
export interface ArticleInput {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** The page's own URL, when known: its host is the publisher, whose own links are not sources. */
  url: string | null;
  blocks: Block[];
  links: ArticleLink[];
}

export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  url: string | null;
  wordCount: number;
  readingMinutes: number;
}

/** One sentence of the article; `start`/`end` are offsets into its block's text. */
export interface Sentence {
  index: number;
  block: number;
  start: number;
  end: number;
  text: string;
}

export type FactTag = 'date' | 'number' | 'person' | 'place' | 'organization' | 'quote';

export interface Fact {
  /** Verbatim article text: a whole sentence or one contiguous part of it. */
  text: string;
  /** Index of the sentence in `sentences`. */
  sentence: number;
  /** Selection order (0 = best): the first N by rank are the facts of a summary of length N. */
  rank: number;
  score: number;
  tags: FactTag[];
}

/** One item of the "5W" digest: a normalized value, the verbatim span it rests on, and its sentence. */
export interface DigestItem {
  kind: 'date' | 'number' | 'person' | 'place';
  /** Normalized: an ISO date for dates ("the following day" resolved), the figure for numbers. */
  value: string;
  /** Verbatim article text the item rests on. */
  text: string;
  sentence: number;
}

export const SOURCE_TYPES = ['outlet', 'person', 'organization', 'document', 'link'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export interface Source {
  name: string;
  type: SourceType;
  /** Number of sentences that cite this source. */
  mentions: number;
  /** Indices of the citing sentences. */
  sentences: number[];
  role?: string;
  affiliation?: string;
  quotes?: string[];
  url?: string;
  domain?: string;
}

/**
 * How a source is described after its name: "lecturer, University of Oxford". An affiliation the role
 * already names in whole words is not said twice ("White House spokesman", not "White House spokesman,
 * White House"; but "North Korean leader, North Korea").
 */
export function sourceDescription({ role, affiliation }: Pick<Source, 'role' | 'affiliation'>): string {
  if (role && affiliation && namesWhole(role, affiliation)) return role;
  return [role, affiliation].filter(Boolean).join(', ');
}

function namesWhole(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + words.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

export const LENGTHS = { short: 3, medium: 5, long: 8 } as const;
export type Length = keyof typeof LENGTHS;

/**
 * The facts of a summary of `count` facts, in article order. Here, not in facts.ts: the views need it,
 * and facts.ts would bring the ranking's tables into their bundles.
 */
export function factsForLength(ranked: readonly Fact[], count: number): Fact[] {
  return ranked.filter((f) => f.rank < count).sort((a, b) => a.sentence - b.sentence);
}

export interface Summary {
  article: ArticleMeta;
  sentences: Sentence[];
  /** Facts for the requested length, in article order. */
  facts: Fact[];
  sources: Source[];
  /** Count of distinct unnamed sources ("officials said", "a senior source"). */
  unnamedSources: number;
  /** Key dates, numbers, people and places. */
  digest: DigestItem[];
}

export const ERROR_CODES = [
  'bad-input', // the input cannot be read: missing file, bad URL, unknown option
  'fetch-failed', // a URL could not be downloaded
  'not-article', // the page has no article text to summarize
  'too-large', // over the size limit that keeps extraction from hanging the page
  'unsupported-page', // a browser page the extension may not read (chrome://, the stores, ...)
  'needs-permission', // the extension has no access to this tab yet
  'timeout', // extraction took longer than its budget
  'internal', // a bug: the message says what failed
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export class NutgrafError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NutgrafError';
  }
  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof NutgrafError) return error.toInfo();
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
