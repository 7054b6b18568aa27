import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sbd from 'sbd';
import { articleFromText } from '../src/core/plain-text.ts';
import { summarize } from '../src/core/summarize.ts';
import { score } from './rouge.ts';

// npm run eval:crossval
// How much of the dev-set gain is fit: the directed-centrality weight is picked on one half of
// ../shared/eval/cnndm-dev.jsonl (even or odd rows) and scored on the other half, beside Lead-3 and the
// session-1 ranking (centroid centrality 0.5, no directed centrality) on that same half. R-1 F1 x100.

const DATA = resolve(import.meta.dirname, '../../shared/eval/cnndm-dev.jsonl');
if (!existsSync(DATA)) {
  console.error(`eval:crossval: ${DATA} is missing (the evaluation data lives in ../shared)`);
  process.exit(1);
}
interface Row {
  article: string;
  reference: string[];
}
const rows = readFileSync(DATA, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Row);

const GRID = [0.5, 1, 2, 4, 8];
const CENTROID = { centrality: 0.5, forwardCentrality: 0 };
const r1Of = (weights: object) =>
  rows.map(
    (row) =>
      score(
        summarize(articleFromText(row.article), { length: 'short', weights }).facts.map((f) => f.text),
        row.reference,
      ).r1,
  );
const byWeight = GRID.map((w) => r1Of({ centrality: 0, forwardCentrality: w }));
const centroid = r1Of(CENTROID);
const lead3 = rows.map(
  (row) => score(sbd.sentences(row.article.replace(/\s+/g, ' ').trim()).slice(0, 3), row.reference).r1,
);
const mean = (xs: number[], half: number) => {
  const kept = xs.filter((_, i) => i % 2 === half);
  return kept.reduce((a, b) => a + b, 0) / kept.length;
};

for (const tuned of [0, 1]) {
  const held = 1 - tuned;
  const onTuned = byWeight.map((xs) => mean(xs, tuned));
  const pick = onTuned.indexOf(Math.max(...onTuned));
  const heldScore = mean(byWeight[pick]!, held);
  console.log(
    `weight picked on the ${tuned ? 'odd' : 'even'} rows: ${GRID[pick]} (${GRID.map((w, k) => `${w}: ${onTuned[k]!.toFixed(2)}`).join(', ')})`,
  );
  console.log(
    `  on the ${held ? 'odd' : 'even'} rows: ${heldScore.toFixed(2)}; Lead-3 ${mean(lead3, held).toFixed(2)} (${(heldScore - mean(lead3, held)).toFixed(2)}); centroid ranking ${mean(centroid, held).toFixed(2)}`,
  );
}
