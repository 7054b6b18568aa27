import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fromHtml } from '../src/cli/load.ts';
import { articleFromText } from '../src/core/plain-text.ts';
import { summarize } from '../src/core/summarize.ts';
import type { Source } from '../src/core/types.ts';

// npm run eval:sources [-- --check]
// The CLI's core over the hand-made gold source lists of ../shared/eval/sources: precision and recall
// per type and per page, each miss and each false source, and role/affiliation on matched people.

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const GOLD_DIR = resolve(SHARED, 'eval/sources');
const RESULTS = resolve(ROOT, 'eval/results/sources.json');
const TARGET = 0.9;

interface GoldItem {
  name: string;
  aliases?: string[];
  role?: string;
  affiliation?: string;
}
interface Gold {
  page: string;
  outlets: GoldItem[];
  people: GoldItem[];
  organizations: GoldItem[];
  documents: GoldItem[];
  unnamed: number;
  not_sources: string[];
  borderline: Array<{ name: string }>;
}

const TYPES = [
  ['outlet', 'outlets'],
  ['person', 'people'],
  ['organization', 'organizations'],
  ['document', 'documents'],
] as const;

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']s\b/g, '')
    .replace(/^(the|la|le|les|l’|l')\s*/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Gold documents are described ("Roscosmos statement on the Progress MS-04 loss"): a predicted document
 * matches when all its words are in the description and it ends in the same kind of document. */
function describes(pred: string, item: GoldItem): boolean {
  const p = norm(pred).split(' ').filter(Boolean);
  const head = p.at(-1);
  return [item.name, ...(item.aliases ?? [])].some((form) => {
    const words = new Set(norm(form).replace(/\bs\b/g, '').split(' '));
    return head !== undefined && p.every((t) => words.has(t) || words.has(t.replace(/s$/, '')));
  });
}

/** A prediction names a gold item when it equals its name or an alias, or one contains the other whole. */
function names(pred: string, item: { name: string; aliases?: string[] }): boolean {
  const p = norm(pred);
  const forms = [item.name, ...(item.aliases ?? [])].map(norm).filter(Boolean);
  if (forms.includes(p)) return true;
  const within = (a: string, b: string) => ` ${b} `.includes(` ${a} `);
  return forms.some(
    (f) => (p.split(' ').length >= 2 && within(p, f)) || (f.split(' ').length >= 2 && within(f, p)),
  );
}

function tokenF1(predicted: string | undefined, gold: string | undefined): number | null {
  if (!gold || /^none$/i.test(gold)) return null;
  const g = new Set(norm(gold).split(' ').filter(Boolean));
  const p = new Set(
    norm(predicted ?? '')
      .split(' ')
      .filter(Boolean),
  );
  const hits = [...p].filter((t) => g.has(t)).length;
  if (!hits) return 0;
  const precision = hits / p.size;
  const recall = hits / g.size;
  return (2 * precision * recall) / (precision + recall);
}

function load(page: string) {
  if (page === 'seed')
    return articleFromText(readFileSync(resolve(SHARED, 'seed/kim-xi-beijing-summit.txt'), 'utf8'));
  return fromHtml(readFileSync(resolve(SHARED, 'corpus/readability', page, 'source.html'), 'utf8'), null);
}

if (!existsSync(GOLD_DIR)) {
  console.error(`eval:sources: ${GOLD_DIR} is missing (the evaluation data lives in ../shared)`);
  process.exit(2);
}

const totals: Record<string, { tp: number; fp: number; gold: number; found: number }> = {};
for (const [type] of TYPES) totals[type] = { tp: 0, fp: 0, gold: 0, found: 0 };
const roleScores: number[] = [];
const affiliationScores: number[] = [];
const perPage: Record<string, unknown> = {};
let unnamedError = 0;
let seedPerfect = true;

for (const file of readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const gold = JSON.parse(readFileSync(resolve(GOLD_DIR, file), 'utf8')) as Gold;
  const page = basename(file, '.json');
  const summary = summarize(load(page));
  const lines: string[] = [];
  const pageScores: Record<string, string> = {};
  for (const [type, key] of TYPES) {
    const goldItems = gold[key] ?? [];
    const predicted = summary.sources.filter((s) => s.type === type);
    const borderline = (gold.borderline ?? []).flatMap((b) => b.name.split(/\s*\/\s*/));
    const matched = new Set<GoldItem>();
    let tp = 0;
    let fp = 0;
    for (const source of predicted) {
      const hit = goldItems.find(
        (g) => names(source.name, g) || (type === 'document' && describes(source.name, g)),
      );
      if (hit) {
        tp++;
        matched.add(hit);
        if (type === 'person') scoreRole(source, hit);
      } else if (borderline.some((b) => names(source.name, { name: b }))) {
        lines.push(`  ~ ${type} ${source.name} (borderline)`);
      } else {
        fp++;
        const why = gold.not_sources.some((n) => names(source.name, { name: n }))
          ? 'listed as not a source'
          : 'not in gold';
        lines.push(`  + false ${type}: ${source.name} (${why})`);
      }
    }
    for (const g of goldItems) if (!matched.has(g)) lines.push(`  - missed ${type}: ${g.name}`);
    const t = totals[type]!;
    t.tp += tp;
    t.fp += fp;
    t.gold += goldItems.length;
    t.found += matched.size;
    pageScores[type] = `${matched.size}/${goldItems.length} found, ${fp} false`;
    if (
      page === 'seed' &&
      (type === 'outlet' || type === 'person') &&
      (fp > 0 || matched.size < goldItems.length)
    ) {
      seedPerfect = false;
    }
  }
  unnamedError += Math.abs(summary.unnamedSources - gold.unnamed);
  perPage[page] = { ...pageScores, unnamed: `${summary.unnamedSources} (gold ${gold.unnamed})` };
  console.log(
    `${page}: ${Object.entries(pageScores)
      .map(([k, v]) => `${k} ${v}`)
      .join('; ')}; unnamed ${summary.unnamedSources} (gold ${gold.unnamed})`,
  );
  for (const line of lines) console.log(line);
}

function scoreRole(source: Source, gold: GoldItem): void {
  const role = tokenF1(source.role, gold.role);
  const affiliation = tokenF1(source.affiliation, gold.affiliation);
  if (role !== null) roleScores.push(role);
  if (affiliation !== null) affiliationScores.push(affiliation);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const figures: Record<
  string,
  { precision: number; recall: number; found: number; gold: number; false: number }
> = {};
console.log('\ntype          precision  recall   (found/gold, false)');
for (const [type] of TYPES) {
  const t = totals[type]!;
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const recall = t.gold ? t.found / t.gold : 1;
  figures[type] = {
    precision: round(precision),
    recall: round(recall),
    found: t.found,
    gold: t.gold,
    false: t.fp,
  };
  console.log(
    `${type.padEnd(13)} ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(7)}   (${t.found}/${t.gold}, ${t.fp})`,
  );
}
const roles = {
  role: round(mean(roleScores)),
  affiliation: round(mean(affiliationScores)),
  people: roleScores.length,
};
console.log(`\nmatched people: role token-F1 ${roles.role}, affiliation token-F1 ${roles.affiliation}`);
console.log(
  `unnamed sources: total absolute error ${unnamedError} over ${Object.keys(perPage).length} pages`,
);
console.log(`seed article: ${seedPerfect ? 'every outlet and person, no false one' : 'NOT perfect'}`);

writeFileSync(
  RESULTS,
  `${JSON.stringify({ figures, roles, unnamedError, seedPerfect, perPage }, null, 2)}\n`,
);
console.log(`wrote ${RESULTS}`);

function round(x: number): number {
  return Number(x.toFixed(3));
}

if (process.argv.includes('--check')) {
  const failures = (['outlet', 'person'] as const).flatMap((type) =>
    (['precision', 'recall'] as const)
      .filter((m) => figures[type]![m] < TARGET)
      .map((m) => `${type} ${m} ${figures[type]![m]} < ${TARGET}`),
  );
  if (!seedPerfect) failures.push('the seed article is not perfect');
  if (failures.length) {
    console.log(`eval:sources --check FAILED: ${failures.join('; ')}`);
    process.exitCode = 1;
  } else console.log('eval:sources --check: targets met');
}
