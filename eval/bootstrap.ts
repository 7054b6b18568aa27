// Paired bootstrap: the 95% interval of the mean per-article difference, resampling articles.
// A fixed-seed generator keeps the printed interval stable from run to run.

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pairedBootstrap(
  a: number[],
  b: number[],
  rounds = 2000,
  seed = 1,
): { mean: number; low: number; high: number } {
  const n = a.length;
  const diffs = a.map((x, i) => x - b[i]!);
  const mean = diffs.reduce((s, d) => s + d, 0) / n;
  const random = mulberry32(seed);
  const means: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += diffs[Math.floor(random() * n)]!;
    means.push(sum / n);
  }
  means.sort((x, y) => x - y);
  return { mean, low: means[Math.floor(rounds * 0.025)]!, high: means[Math.floor(rounds * 0.975)]! };
}
