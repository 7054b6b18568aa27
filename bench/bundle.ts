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
  // A page's cost is its HTML plus every script and style it loads (the shared chunks included).
  const page = (name: string) => {
    const html = entries.find((e) => e.file === `${name}/index.html`);
    const htmlText = html ? readFileSync(resolve(dist, html.file), 'utf8') : '';
    const loaded = entries.filter(
      (e) => e.file.startsWith('chunks/') || e.file.startsWith('assets/') || e.file === `${name}.js`,
    );
    const used = loaded.filter(
      (e) =>
        e.file === `${name}.js` ||
        htmlText.includes(e.file.split('/').pop()!) ||
        usedBy(dist, `${name}.js`, e.file),
    );
    return {
      file: `${name} (page total)`,
      rawKB: sum(used, 'rawKB') + (html?.rawKB ?? 0),
      gzipKB: sum(used, 'gzipKB') + (html?.gzipKB ?? 0),
      budgetKB: BUDGET_KB[name],
    };
  };
  const withBudget = entries.map((e) => (BUDGET_KB[e.file] ? { ...e, budgetKB: BUDGET_KB[e.file] } : e));
  return [...withBudget, page('popup'), page('sidepanel')];
}

function usedBy(dist: string, entry: string, file: string): boolean {
  const path = resolve(dist, entry);
  return existsSync(path) && readFileSync(path, 'utf8').includes(file.split('/').pop()!);
}

const sum = (xs: BundleEntry[], k: 'rawKB' | 'gzipKB') => xs.reduce((a, b) => a + b[k], 0);
