import { eng } from 'stopword';
import { tokenize } from './rouge.ts';

// ACU coverage (EVAL.md): an atomic content unit counts as covered when at least 70% of its tokens that
// are not stopwords (the stopword package's eng list) are in the summary's token set. Tokens are the
// scorer's stemmed tokens; units with no content token are left out. This reproduces EVAL.md's
// figures exactly (Lead-3 33.2, BART 35.3, PEGASUS 33.1, BRIO 39.1).

const STOP = new Set(eng);

/** Percentage of covered units, or NaN when the article has none. */
export function acuCoverage(summary: string[], acus: readonly string[]): number {
  const present = new Set(tokenize(summary.join(' ')));
  let covered = 0;
  let counted = 0;
  for (const acu of acus) {
    const content = tokenize(acu).filter((t) => !STOP.has(t));
    if (content.length === 0) continue;
    counted++;
    if (content.filter((t) => present.has(t)).length / content.length >= 0.7) covered++;
  }
  return counted ? (covered / counted) * 100 : Number.NaN;
}
