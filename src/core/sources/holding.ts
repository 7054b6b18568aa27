import type { Sentence } from '../types.ts';

// Which sentences hold each of some texts (the link texts of a page), over the article's sentences
// joined once (no text can cross the newline between two). A few texts are each found with indexOf:
// O(texts * characters), fastest for the usual handful of links. Many texts (1,558 distinct link texts
// on a 115k-character wikipedia page) are found in one pass over the joined text that looks up the texts
// starting at each position by their first three characters: O(characters + occurrences). Both find every
// occurrence, so they give the same sentences (test/unit/sources.test.ts holds them to each other).

/**
 * Texts beyond which one pass beats an indexOf per text, whatever the length (both grow with it). On the
 * corpus pages: 29-78 texts, indexOf as fast or up to 3x faster; 292-1,558 texts (the wikipedia pages),
 * one pass 1.7-7.5x faster (wikipedia-2: 67 -> 9 ms).
 */
const ONE_PASS_ABOVE = 150;

/** A hash of the three code units at `at` (collisions are checked by comparing the text itself). */
const prefixKey = (text: string, at: number) =>
  (Math.imul(Math.imul(text.charCodeAt(at), 31) + text.charCodeAt(at + 1), 31) + text.charCodeAt(at + 2)) &
  0x3fffffff;

/**
 * For each text of three characters or more and no newline, the indices of the sentences that hold it,
 * in order; other texts hold none.
 */
export function sentencesHolding(
  sentences: readonly Sentence[],
  texts: readonly string[],
  strategy: 'auto' | 'indexOf' | 'onePass' = 'auto',
): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const searched: string[] = [];
  for (const text of texts) {
    if (found.has(text)) continue;
    found.set(text, []);
    if (text.length >= 3 && !text.includes('\n')) searched.push(text);
  }
  if (searched.length === 0) return found;
  const joined = sentences.map((s) => s.text).join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const s of sentences) {
    starts.push(offset);
    offset += s.text.length + 1;
  }
  const onePass = strategy === 'onePass' || (strategy === 'auto' && searched.length > ONE_PASS_ABOVE);
  if (onePass) findInOnePass(joined, starts, sentences, searched, found);
  else findWithIndexOf(joined, starts, sentences, searched, found);
  return found;
}

function findWithIndexOf(
  joined: string,
  starts: number[],
  sentences: readonly Sentence[],
  texts: string[],
  found: Map<string, number[]>,
): void {
  const sentenceAt = (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const text of texts) {
    const holding = found.get(text)!;
    for (let at = joined.indexOf(text); at >= 0; at = joined.indexOf(text, at + 1)) {
      const k = sentenceAt(at);
      holding.push(sentences[k]!.index);
      at = starts[k]! + sentences[k]!.text.length; // on to the next sentence
    }
  }
}

function findInOnePass(
  joined: string,
  starts: number[],
  sentences: readonly Sentence[],
  texts: string[],
  found: Map<string, number[]>,
): void {
  const byPrefix = new Map<number, string[]>();
  for (const text of texts) {
    const key = prefixKey(text, 0);
    const list = byPrefix.get(key);
    if (list) list.push(text);
    else byPrefix.set(key, [text]);
  }
  let k = 0; // the sentence that holds position `at`
  for (let at = 0; at + 3 <= joined.length; at++) {
    const candidates = byPrefix.get(prefixKey(joined, at));
    if (candidates === undefined) continue;
    while (k + 1 < starts.length && starts[k + 1]! <= at) k++;
    for (const text of candidates) {
      if (!joined.startsWith(text, at)) continue;
      const holding = found.get(text)!;
      if (holding.at(-1) !== sentences[k]!.index) holding.push(sentences[k]!.index);
    }
  }
}
