import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { buildDigest } from '../src/core/digest.ts';
import { rankFacts } from '../src/core/facts.ts';
import { splitSentences } from '../src/core/sentences.ts';
import { citedPeople, findSources } from '../src/core/sources/index.ts';
import type { ArticleInput } from '../src/core/types.ts';
import { LENGTHS } from '../src/core/types.ts';
import { extractArticle } from '../src/extract/extract.ts';

// The pipeline cut into the stages the benchmark times, each the very code the CLI and extension run.

export interface StageTimes {
  dom?: number;
  readability?: number;
  extract?: number;
  split: number;
  facts: number;
  sources: number;
  digest: number;
  /** split + facts + sources + digest: what the core adds on top of extraction. */
  summarizer: number;
}

const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
};

/** Times the core on an article that is already extracted. */
export function timeCore(article: ArticleInput): StageTimes {
  const [sentences, split] = time(() => splitSentences(article.blocks));
  const [, facts] = time(() =>
    rankFacts(sentences, article.blocks, { title: article.title, count: LENGTHS.long }),
  );
  const [found, sources] = time(() => findSources(article, sentences));
  const [, digest] = time(() => buildDigest(sentences, article, citedPeople(found)));
  return { split, facts, sources, digest, summarizer: split + facts + sources + digest };
}

/**
 * The article as the worker receives it: the content script's message is serialized (JSON in Chrome, a
 * structured clone in Firefox), so its strings arrive flat. Extracted straight from the DOM they are a
 * mix of concatenations and slices, and past four kinds of string V8's string method calls go
 * megamorphic (a charCodeAt costs 5x): the core would be timed on strings the extension never hands it.
 */
const asReceived = (article: ArticleInput): ArticleInput => structuredClone(article);

/** A page's article, extracted as the CLI does and received as the worker receives it (untimed). */
export function extractPage(html: string): ArticleInput {
  return asReceived(
    extractArticle(parseHTML(html).document as unknown as Document, { url: null, force: true }),
  );
}

/** Times a page: DOM build, Readability's own parse of that DOM, our extraction (on a fresh DOM), the core. */
export function timePage(html: string): StageTimes {
  const [doc, dom] = time(() => parseHTML(html).document as unknown as Document);
  const [, readability] = time(() => new Readability(doc).parse());
  const fresh = parseHTML(html).document as unknown as Document;
  const [article, extract] = time(() => extractArticle(fresh, { url: null, force: true }));
  return { dom, readability, extract, ...timeCore(asReceived(article)) };
}

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
