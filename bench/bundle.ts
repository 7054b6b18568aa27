import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Size of every built file, raw and gzip, with the budgets of the issue on the entry points.
const BUDGET_KB: Record<string, number> = {
  'content.js': 40,
  'background.js': 150,
  popup: 60,
  sidepanel: 60,
};

export interface BundleEntry {
  file: string;
  rawKB: number;
  gzipKB: number;
  budgetKB?: number;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = resolve(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function bundleSizes(dist: string): BundleEntry[] {
  if (!existsSync(dist)) return [];
  const entries = files(dist)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((path) => {
      const data = readFileSync(path);
      return {
        file: relative(dist, path),
        rawKB: data.length / 1024,
        gzipKB: gzipSync(data, { level: 9 }).length / 1024,
      };
    });
  // A page's cost is its HTML plus every script and style it loads, directly or through imports.
  const page = (name: string) => {
    const used = new Set([`${name}/index.html`].filter((f) => entries.some((e) => e.file === f)));
    for (const file of used) {
      const text = readFileSync(resolve(dist, file), 'utf8');
      for (const e of entries) if (text.includes(e.file.split('/').pop()!)) used.add(e.file);
    }
    const loaded = entries.filter((e) => used.has(e.file));
    return {
      file: `${name} (page total)`,
      rawKB: sum(loaded, 'rawKB'),
      gzipKB: sum(loaded, 'gzipKB'),
      budgetKB: BUDGET_KB[name],
    };
  };
  const withBudget = entries.map((e) => (BUDGET_KB[e.file] ? { ...e, budgetKB: BUDGET_KB[e.file] } : e));
  return [...withBudget, page('popup'), page('sidepanel')];
}

const sum = (xs: BundleEntry[], k: 'rawKB' | 'gzipKB') => xs.reduce((a, b) => a + b[k], 0);
