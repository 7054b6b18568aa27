import { stemmer } from 'stemmer';

// ROUGE as Google's rouge-score computes it: lower-case, [a-z0-9]+ tokens, Porter stemming of tokens
// longer than 3 characters; ROUGE-N F1 on the joined summary; ROUGE-Lsum as the summary-level LCS over
// sentence lists (rouge_scorer._summary_level_lcs).

export function tokenize(text: string, stem = true): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return stem ? tokens.map((t) => (t.length > 3 ? stemmer(t) : t)) : tokens;
}

export interface Prf {
  p: number;
  r: number;
  f: number;
}

const prf = (hits: number, candidate: number, reference: number): Prf => {
  const p = candidate ? hits / candidate : 0;
  const r = reference ? hits / reference : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: string[], reference: string[], n: number): Prf {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let hits = 0;
  for (const [gram, count] of c) hits += Math.min(count, r.get(gram) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return prf(hits, total(c), total(r));
}

/** Indices into `ref` of one longest common subsequence of ref and cand. */
function lcsIndices(ref: string[], cand: string[]): number[] {
  const rows = ref.length;
  const cols = cand.length;
  const table = Array.from({ length: rows + 1 }, () => new Uint16Array(cols + 1));
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      table[i]![j] =
        ref[i - 1] === cand[j - 1]
          ? table[i - 1]![j - 1]! + 1
          : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  const indices: number[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      indices.push(i - 1);
      i--;
      j--;
    } else if (table[i]![j - 1]! > table[i - 1]![j]!) j--;
    else i--; // rouge-score's tie-break: step back in the reference
  }
  return indices.reverse();
}

export function rougeLsum(candidate: string[][], reference: string[][]): Prf {
  const m = reference.reduce((n, s) => n + s.length, 0);
  const n = candidate.reduce((k, s) => k + s.length, 0);
  const countR = new Map<string, number>();
  const countC = new Map<string, number>();
  for (const s of reference) for (const t of s) countR.set(t, (countR.get(t) ?? 0) + 1);
  for (const s of candidate) for (const t of s) countC.set(t, (countC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of reference) {
    const union = new Set<number>();
    for (const cand of candidate) for (const i of lcsIndices(ref, cand)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = ref[i]!;
      if ((countC.get(t) ?? 0) > 0 && (countR.get(t) ?? 0) > 0) {
        hits++;
        countC.set(t, countC.get(t)! - 1);
        countR.set(t, countR.get(t)! - 1);
      }
    }
  }
  return prf(hits, n, m);
}

export interface Scores {
  r1: number;
  r2: number;
  rl: number;
}

export function score(summary: string[], reference: string[]): Scores {
  const cand = tokenize(summary.join(' '));
  const ref = tokenize(reference.join(' '));
  return {
    r1: rougeN(cand, ref, 1).f * 100,
    r2: rougeN(cand, ref, 2).f * 100,
    rl:
      rougeLsum(
        summary.map((s) => tokenize(s)),
        reference.map((s) => tokenize(s)),
      ).f * 100,
  };
}
