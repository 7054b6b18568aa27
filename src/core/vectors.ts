// Sparse tf-idf vectors over one article's terms. Each term is numbered once (one Map look-up per
// occurrence); after that a vector is two arrays of numbers and a cosine against a dense vector is one
// array read per term. Plain arrays, not typed ones: V8 allocates a small typed array far more slowly.
// Cost: O(term occurrences) to build, O(terms of a sentence) per cosine.

export interface Vector {
  ids: number[];
  weights: number[];
  norm: number;
}

/** A vector that still knows its raw term counts (the weights follow from them and the idf). */
type Counted = Vector & { counts: number[] };

export class TermSpace {
  private readonly ids = new Map<string, number>();
  private readonly documents: Counted[] = [];
  private idf: number[] = [];
  /** For each term id: the last call of `counts` that saw it, and its slot in that vector. */
  private readonly seenIn: number[] = [];
  private readonly slot: number[] = [];
  private calls = 0;

  /** Adds a document (its terms, repeats counted). Add them all before `weigh`. */
  add(terms: readonly string[]): void {
    this.documents.push(this.counts(terms, true));
  }

  get size(): number {
    return this.ids.size;
  }

  /** Inverse document frequency over the documents added, log(1 + N / df); their vectors take it. */
  weigh(): Vector[] {
    const df = new Array<number>(this.ids.size).fill(0);
    for (const d of this.documents) for (const id of d.ids) df[id]!++;
    this.idf = df.map((n) => Math.log(1 + this.documents.length / n));
    for (const d of this.documents) this.apply(d);
    return this.documents;
  }

  /** The tf-idf vector of any terms (after `weigh`); terms outside the space weigh nothing. */
  vector(terms: readonly string[]): Vector {
    return this.apply(this.counts(terms, false));
  }

  /** The sum of the documents' term counts, weighted: the article's centroid. */
  centroid(): Vector {
    const counts = new Array<number>(this.ids.size).fill(0);
    for (const d of this.documents) for (let k = 0; k < d.ids.length; k++) counts[d.ids[k]!]! += d.counts[k]!;
    const ids = counts.map((_, id) => id);
    return this.apply({ ids, weights: [], norm: 0, counts });
  }

  private counts(terms: readonly string[], intern: boolean): Counted {
    const call = ++this.calls;
    const ids: number[] = [];
    const counts: number[] = [];
    for (const term of terms) {
      let id = this.ids.get(term);
      if (id === undefined) {
        if (!intern) continue;
        id = this.ids.size;
        this.ids.set(term, id);
        this.seenIn.push(0);
        this.slot.push(0);
      }
      if (this.seenIn[id] === call) counts[this.slot[id]!]!++;
      else {
        this.seenIn[id] = call;
        this.slot[id] = ids.length;
        ids.push(id);
        counts.push(1);
      }
    }
    return { ids, weights: [], norm: 0, counts };
  }

  private apply(v: Counted): Counted {
    let sum = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const w = v.counts[k]! * this.idf[v.ids[k]!]!;
      v.weights.push(w);
      sum += w * w;
    }
    v.norm = Math.sqrt(sum);
    return v;
  }
}

/** Writes a vector's weights into a dense array of the space's size (clear with the same call and 0). */
export function spread(v: Vector, dense: number[], scale = 1): void {
  for (let k = 0; k < v.ids.length; k++) dense[v.ids[k]!] = v.weights[k]! * scale;
}

/** Cosine of a sparse vector with a dense one whose norm is `denseNorm`. */
export function cosineDense(v: Vector, dense: number[], denseNorm: number): number {
  if (!v.norm || !denseNorm) return 0;
  let dot = 0;
  for (let k = 0; k < v.ids.length; k++) dot += v.weights[k]! * dense[v.ids[k]!]!;
  return dot / (v.norm * denseNorm);
}

/** Each vector's cosine with the sum of the vectors after it, kept as a running dense sum: O(terms). */
export function forwardSimilarities(vectors: readonly Vector[], size: number): number[] {
  const suffix = new Array<number>(size).fill(0);
  let normSquared = 0;
  const result = new Array<number>(vectors.length).fill(0);
  for (let i = vectors.length - 1; i >= 0; i--) {
    const v = vectors[i]!;
    result[i] = cosineDense(v, suffix, Math.sqrt(normSquared));
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      const before = suffix[id]!;
      suffix[id] = before + v.weights[k]!;
      normSquared += suffix[id]! ** 2 - before ** 2;
    }
  }
  return result;
}
