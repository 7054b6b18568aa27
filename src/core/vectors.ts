// Sparse tf-idf vectors over one article's terms, numbered so a vector is two typed arrays and a cosine
// against a spread-out (dense) vector costs one array read per term. Cost: O(terms) per cosine.

export interface Vector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

export class TermSpace {
  private readonly ids = new Map<string, number>();
  private idf = new Float64Array(0);

  /** Numbers a document's terms (call for every document before `weigh`). */
  add(counts: ReadonlyMap<string, number>): void {
    for (const term of counts.keys()) if (!this.ids.has(term)) this.ids.set(term, this.ids.size);
  }

  /** Inverse document frequency over the documents added: log(1 + N / df). */
  weigh(documents: ReadonlyArray<ReadonlyMap<string, number>>): void {
    const df = new Float64Array(this.ids.size);
    for (const counts of documents) for (const term of counts.keys()) df[this.ids.get(term)!]!++;
    this.idf = df.map((d) => Math.log(1 + documents.length / d));
  }

  get size(): number {
    return this.ids.size;
  }

  /** The tf-idf vector of term counts; terms outside the space weigh nothing. */
  vector(counts: ReadonlyMap<string, number>): Vector {
    const ids = new Int32Array(counts.size);
    const weights = new Float64Array(counts.size);
    let k = 0;
    let sum = 0;
    for (const [term, count] of counts) {
      const id = this.ids.get(term);
      if (id === undefined) continue;
      const w = count * this.idf[id]!;
      ids[k] = id;
      weights[k++] = w;
      sum += w * w;
    }
    return { ids: ids.subarray(0, k), weights: weights.subarray(0, k), norm: Math.sqrt(sum) };
  }
}

/** Writes a vector's weights into a dense array of the space's size (clear with the same call and 0). */
export function spread(v: Vector, dense: Float64Array, scale = 1): void {
  for (let k = 0; k < v.ids.length; k++) dense[v.ids[k]!] = v.weights[k]! * scale;
}

/** Cosine of a sparse vector with a dense one whose norm is `denseNorm`. */
export function cosineDense(v: Vector, dense: Float64Array, denseNorm: number): number {
  if (!v.norm || !denseNorm) return 0;
  let dot = 0;
  for (let k = 0; k < v.ids.length; k++) dot += v.weights[k]! * dense[v.ids[k]!]!;
  return dot / (v.norm * denseNorm);
}
