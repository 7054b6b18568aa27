import { buildDigest } from './digest.ts';
import { type RankOptions, rankFacts } from './facts.ts';
import { countWords } from './scan.ts';
import { splitSentences } from './sentences.ts';
import { citedPeople, findSources } from './sources/index.ts';
import {
  type ArticleInput,
  type ArticleMeta,
  factsForLength,
  LENGTHS,
  type Length,
  NutgrafError,
  type Summary,
} from './types.ts';

/** Words a minute for the reading-time estimate (a common figure for adult silent reading of prose). */
const READING_WPM = 230;

export interface SummarizeOptions {
  length?: Length;
  /** Rank this many facts even if fewer are shown, so a view can switch length without recomputing. */
  rankCount?: number;
  /** Ranking weight overrides (evaluation variants only). */
  weights?: RankOptions['weights'];
}

export function summarize(
  article: ArticleInput,
  options: SummarizeOptions = {},
): Summary & { ranked: Summary['facts'] } {
  const sentences = splitSentences(article.blocks);
  const wordCount = article.blocks.reduce((n, b) => n + countWords(b.text), 0);
  if (sentences.length === 0 || wordCount === 0) {
    throw new NutgrafError('not-article', 'This page has no article text to summarize.');
  }
  const count = LENGTHS[options.length ?? 'medium'];
  const ranked = rankFacts(sentences, article.blocks, {
    title: article.title,
    count: Math.max(count, options.rankCount ?? 0),
    weights: options.weights,
  });
  if (ranked.length === 0) {
    throw new NutgrafError('not-article', 'This page has no sentences that read as an article.');
  }
  const found = findSources(article, sentences);
  const { sources, unnamed } = found;
  const meta: ArticleMeta = {
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    url: article.url,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / READING_WPM)),
  };
  return {
    article: meta,
    sentences,
    facts: factsForLength(ranked, count),
    ranked,
    sources,
    unnamedSources: unnamed,
    digest: buildDigest(sentences, article, citedPeople(found)),
  };
}
