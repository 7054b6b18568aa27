import { tagFact } from './tags.ts';
import { contentTerms, countWords } from './text.ts';
import type { Block, Fact, Sentence } from './types.ts';

// Key-fact ranking: news puts the essence first, so position is the backbone of the score; centrality
// (similarity to the whole article's term centroid, MEAD-style: linear, unlike all-pairs TextRank) and
// overlap with the title lift a later sentence that restates the story; MMR keeps two facts from
// saying the same thing. Cost: O(words) to build vectors, O(k * candidates) for the greedy selection.

export interface RankOptions {
  title?: string;
  /** How many facts to select (the longest length the caller may show). */
  count: number;
  /** Overrides of the ranking weights, for the evaluation harness's variants. */
  weights?: Partial<RankWeights>;
}

export interface RankWeights {
  /** Sentences over which the position prior halves. */
  positionHalfLife: number;
  centrality: number;
  title: number;
  /** MMR: how much similarity to an already chosen fact discounts a sentence. */
  redundancy: number;
  /** Words beyond which a sentence is discounted in proportion (long sentences dilute a fact). */
  longSentence: number;
  /** Weight of the density of names and numbers (who, how many): the stuff of key facts. */
  density: number;
}

export const DEFAULT_WEIGHTS: RankWeights = {
  positionHalfLife: 3,
  centrality: 0.5,
  title: 0.3,
  redundancy: 0.7,
  longSentence: Number.POSITIVE_INFINITY,
  density: 0,
};

/** Share of a sentence's words that are names (capitalised, not sentence-initial) or numbers. */
function entityDensity(text: string): number {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length < 2) return 0;
  let hits = 0;
  for (let i = 1; i < tokens.length; i++) if (/^[("'‘“]?(\p{Lu}|\d)/u.test(tokens[i]!)) hits++;
  return hits / (tokens.length - 1);
}

const MIN_WORDS = 6;
const MAX_WORDS = 70;
/** Page furniture that Readability keeps inside the text on some sites: bylines, read times, prompts. */
const BYLINE = /^By\s+(?:\.\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:[·|,.–-]|$)/u;
const FURNITURE =
  /\bmin(?:ute)? read\b|\b(scroll down|click here|sign up|subscribe|newsletter|read more|follow us|published:|updated:|last updated|all rights reserved|getty images|image source|photo:|copyright|cookies?)\b|©/iu;

interface Candidate {
  sentence: Sentence;
  position: number;
  terms: Map<string, number>;
  words: number;
}

export function isContentSentence(sentence: Sentence, block: Block | undefined): boolean {
  if (!block || block.kind === 'heading' || block.kind === 'caption') return false;
  const n = countWords(sentence.text);
  if (n < MIN_WORDS || n > MAX_WORDS) return false;
  return !FURNITURE.test(sentence.text) && !BYLINE.test(sentence.text);
}

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of contentTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

function cosine(a: Map<string, number>, b: Map<string, number>, idf: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, count] of a) {
    const w = count * (idf.get(term) ?? 0);
    na += w * w;
    const other = b.get(term);
    if (other !== undefined) dot += w * other * (idf.get(term) ?? 0);
  }
  for (const [term, count] of b) {
    const w = count * (idf.get(term) ?? 0);
    nb += w * w;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function rankFacts(
  sentences: readonly Sentence[],
  blocks: readonly Block[],
  options: RankOptions,
): Fact[] {
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    if (!isContentSentence(sentence, blocks[sentence.block])) continue;
    candidates.push({
      sentence,
      position: candidates.length,
      terms: termCounts(sentence.text),
      words: countWords(sentence.text),
    });
  }
  if (candidates.length === 0) return [];

  const documentFrequency = new Map<string, number>();
  const centroid = new Map<string, number>();
  for (const c of candidates) {
    for (const [term, count] of c.terms) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      centroid.set(term, (centroid.get(term) ?? 0) + count);
    }
  }
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) idf.set(term, Math.log(1 + candidates.length / df));
  const titleTerms = termCounts(options.title ?? '');
  const w = { ...DEFAULT_WEIGHTS, ...options.weights };

  const base = candidates.map((c) => {
    const centrality = cosine(c.terms, centroid, idf);
    const titleOverlap = titleTerms.size ? cosine(c.terms, titleTerms, idf) : 0;
    // Position prior: the lead carries the story; the weight halves every `positionHalfLife` sentences.
    const position = 1 / (1 + c.position / w.positionHalfLife);
    const length = c.words > w.longSentence ? w.longSentence / c.words : 1;
    const prior = position * length;
    return (
      prior *
      (1 + w.centrality * centrality + w.title * titleOverlap + w.density * entityDensity(c.sentence.text))
    );
  });

  // Greedy MMR: prefix-consistent, so the first k picks are the answer for any length k.
  const picked: number[] = [];
  const count = Math.min(options.count, candidates.length);
  while (picked.length < count) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < candidates.length; i++) {
      if (picked.includes(i)) continue;
      const redundancy = Math.max(
        0,
        ...picked.map((j) => cosine(candidates[i]!.terms, candidates[j]!.terms, idf)),
      );
      const score = base[i]! * (1 - w.redundancy * redundancy);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    picked.push(best);
  }

  return picked.map((i, rank) => {
    const { sentence } = candidates[i]!;
    return {
      text: sentence.text,
      sentence: sentence.index,
      rank,
      score: Number(base[i]!.toFixed(4)),
      tags: tagFact(sentence.text),
    };
  });
}

/** The facts of a summary of `count` facts, in article order. */
export function factsForLength(ranked: readonly Fact[], count: number): Fact[] {
  return ranked.filter((f) => f.rank < count).sort((a, b) => a.sentence - b.sentence);
}
