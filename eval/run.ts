import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sbd from 'sbd';
import { articleFromText } from '../src/core/plain-text.ts';
import { summarize } from '../src/core/summarize.ts';
import { acuCoverage } from './acu.ts';
import { pairedBootstrap } from './bootstrap.ts';
import { score, tokenize } from './rouge.ts';

// npm run eval [-- --check] [-- --worst N]
// Key facts (--length short, 3 facts) against the human highlights of ../shared/eval/cnndm-dev.jsonl,
// beside Lead-3 and the stored outputs of BART, PEGASUS and BRIO, all scored by the same code.

const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(ROOT, '../shared/eval/cnndm-dev.jsonl');
const RESULTS = resolve(ROOT, 'eval/results/cnndm-dev.json');
const STORED_SYSTEMS = ['bart', 'pegasus', 'brio'] as const;

interface Row {
  id: string;
  article: string;
  reference: string[];
  acus: string[];
  systems: Record<string, string>;
}

interface PerArticle {
  r1: number;
  r2: number;
  rl: number;
  acu: number;
  words: number;
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const worstCount = Number(args[args.indexOf('--worst') + 1]) || 10;
// --weights '{"centrality":0}' runs a variant of the ranking (variants are listed in eval/VARIANTS.md).
const weights = args.includes('--weights') ? JSON.parse(args[args.indexOf('--weights') + 1]!) : undefined;

if (!existsSync(DATA)) {
  console.error(`eval: ${DATA} is missing (the evaluation data lives in ../shared)`);
  process.exit(2);
}
const rows: Row[] = readFileSync(DATA, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));

/** Lead-3 and the stored outputs are split with sbd after collapsing white space, as EVAL.md says. */
const sbdSplit = (text: string): string[] => sbd.sentences(text.replace(/\s+/g, ' ').trim());

function measure(summary: string[], row: Row): PerArticle {
  return {
    ...score(summary, row.reference),
    acu: acuCoverage(summary, row.acus ?? []),
    words: tokenize(summary.join(' '), false).length,
  };
}

const outputs: Record<string, Array<string[] | null>> = { nutgraf: [], lead3: [] };
for (const name of STORED_SYSTEMS) outputs[name] = [];
const times: number[] = [];
for (const row of rows) {
  const t0 = performance.now();
  const facts = summarize(articleFromText(row.article), { length: 'short', weights }).facts.map(
    (f) => f.text,
  );
  times.push(performance.now() - t0);
  outputs.nutgraf!.push(facts);
  outputs.lead3!.push(sbdSplit(row.article).slice(0, 3));
  for (const name of STORED_SYSTEMS)
    outputs[name]!.push(row.systems?.[name] ? sbdSplit(row.systems[name]) : null);
}

const scores: Record<string, Array<PerArticle | null>> = {};
for (const [name, list] of Object.entries(outputs))
  scores[name] = list.map((s, i) => (s ? measure(s, rows[i]!) : null));

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fixed = (x: number, digits = 2) => Number(x.toFixed(digits));
function summarizeSystem(name: string, subset?: number[]) {
  const all = scores[name]!.map((s, i) => [s, i] as const).filter(
    ([s, i]) => s && (!subset || subset.includes(i)),
  );
  const per = all.map(([s]) => s!);
  const withAcu = per.filter((s) => !Number.isNaN(s.acu));
  return {
    articles: per.length,
    r1: fixed(mean(per.map((s) => s.r1))),
    r2: fixed(mean(per.map((s) => s.r2))),
    rlsum: fixed(mean(per.map((s) => s.rl))),
    acu: withAcu.length ? fixed(mean(withAcu.map((s) => s.acu)), 1) : null,
    acuArticles: withAcu.length,
    words: fixed(mean(per.map((s) => s.words)), 1),
  };
}

const withSystems = rows.map((r, i) => (r.systems?.bart ? i : -1)).filter((i) => i >= 0);
const table = {
  nutgraf: summarizeSystem('nutgraf'),
  lead3: summarizeSystem('lead3'),
  'nutgraf (45)': summarizeSystem('nutgraf', withSystems),
  'lead3 (45)': summarizeSystem('lead3', withSystems),
  ...Object.fromEntries(STORED_SYSTEMS.map((name) => [name, summarizeSystem(name)])),
};

console.log('Key facts on CNN/DailyMail dev (--length short), ROUGE F1 x100, ACU coverage %\n');
console.log('system           articles    R-1    R-2  R-Lsum   ACU%  words');
for (const [name, t] of Object.entries(table)) {
  const acu = t.acu === null ? '     -' : t.acu.toFixed(1).padStart(6);
  console.log(
    `${name.padEnd(16)} ${String(t.articles).padStart(8)} ${t.r1.toFixed(2).padStart(6)} ${t.r2.toFixed(2).padStart(6)} ${t.rlsum.toFixed(2).padStart(7)} ${acu} ${t.words.toFixed(1).padStart(6)}`,
  );
}

const ours = scores.nutgraf!.map((s) => s!);
const lead = scores.lead3!.map((s) => s!);
const intervals: Record<string, { mean: number; low: number; high: number }> = {};
for (const metric of ['r1', 'r2', 'rl', 'acu', 'words'] as const) {
  const pairs = ours
    .map((s, i) => [s[metric], lead[i]![metric]] as const)
    .filter(([a, b]) => !Number.isNaN(a) && !Number.isNaN(b));
  const ci = pairedBootstrap(
    pairs.map(([a]) => a),
    pairs.map(([, b]) => b),
  );
  intervals[metric] = { mean: fixed(ci.mean), low: fixed(ci.low), high: fixed(ci.high) };
}
console.log('\nnutgraf - Lead-3, mean and paired-bootstrap 95% interval:');
for (const [metric, ci] of Object.entries(intervals)) {
  console.log(
    `  ${metric.padEnd(5)} ${ci.mean >= 0 ? '+' : ''}${ci.mean.toFixed(2)}  [${ci.low.toFixed(2)}, ${ci.high.toFixed(2)}]`,
  );
}
const sortedTimes = [...times].sort((a, b) => a - b);
const medianMs = sortedTimes[Math.floor(times.length / 2)]!;
console.log(
  `\nsummarize() median ${medianMs.toFixed(2)} ms per article (timing is informative; see npm run bench)`,
);

const losses = ours
  .map((s, i) => ({ i, delta: s.r1 - lead[i]!.r1 }))
  .sort((a, b) => a.delta - b.delta)
  .slice(0, worstCount);
console.log(`\nThe ${worstCount} articles where nutgraf loses most R-1 to Lead-3:`);
for (const { i, delta } of losses) {
  const row = rows[i]!;
  console.log(
    `\n#${i} ${row.id.slice(0, 12)}  R-1 ${ours[i]!.r1.toFixed(1)} vs ${lead[i]!.r1.toFixed(1)} (${delta.toFixed(1)})`,
  );
  console.log(`  reference: ${row.reference.join(' | ')}`);
  console.log(`  nutgraf:   ${outputs.nutgraf![i]!.join(' | ')}`);
  console.log(`  lead-3:    ${outputs.lead3![i]!.join(' | ')}`);
}

if (weights) {
  console.log('variant run: results file left unchanged');
  process.exit(0);
}
mkdirSync(resolve(ROOT, 'eval/results'), { recursive: true });
writeFileSync(
  RESULTS,
  `${JSON.stringify({ data: 'cnndm-dev.jsonl', length: 'short', table, differenceToLead3: intervals }, null, 2)}\n`,
);
console.log(`\nwrote ${RESULTS}`);

if (check) {
  const ok = table.nutgraf.r1 >= table.lead3.r1;
  console.log(
    ok
      ? 'eval --check: R-1 is at or above Lead-3'
      : `eval --check FAILED: R-1 ${table.nutgraf.r1} < Lead-3 ${table.lead3.r1}`,
  );
  if (!ok) process.exitCode = 1;
}
