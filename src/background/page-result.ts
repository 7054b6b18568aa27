import type { TextQuote } from '../content/highlight.ts';
import { summarize } from '../core/summarize.ts';
import { type ArticleInput, LENGTHS, type Sentence } from '../core/types.ts';
import type { PageResult } from '../shared/protocol.ts';

// What the worker stores and the view shows for an extracted article (a page, or a selection): the
// facts of every length by rank, and each sentence as a text quote the live page can anchor.

/** How much context on each side of a sentence tells its occurrences on the live page apart. */
const QUOTE_CONTEXT = 40;

function quoteOf(sentence: Sentence, article: ArticleInput): TextQuote {
  const blockText = article.blocks[sentence.block]?.text ?? '';
  const previous = article.blocks[sentence.block - 1]?.text ?? '';
  const next = article.blocks[sentence.block + 1]?.text ?? '';
  const before = `${previous} ${blockText.slice(0, sentence.start)}`;
  const after = `${blockText.slice(sentence.end)} ${next}`;
  return {
    exact: sentence.text,
    prefix: before.slice(-QUOTE_CONTEXT),
    suffix: after.slice(0, QUOTE_CONTEXT),
  };
}

export function pageResultOf(
  tabId: number,
  url: string,
  article: ArticleInput,
  timings: Omit<PageResult['timings'], 'summarizeMs'>,
): PageResult {
  const started = performance.now();
  const { ranked, facts: _facts, sentences, ...summary } = summarize(article, { rankCount: LENGTHS.long });
  return {
    tabId,
    url,
    summary: { ...summary, ranked, sentences: sentences.map((s) => quoteOf(s, article)) },
    extractedAt: Date.now(),
    timings: { ...timings, summarizeMs: Math.round(performance.now() - started) },
  };
}
