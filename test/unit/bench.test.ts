import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../bench/bundle.ts';
import { bundledStages } from '../../bench/bundled.ts';
import { scalingChart } from '../../bench/chart.ts';
import { extractPage, quantile, timePage } from '../../bench/stages.ts';

// A smoke run of the benchmark code on tiny inputs, so it cannot rot. No timing is asserted.

describe('benchmark code', () => {
  it('times every stage of a page', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures/kim-xi-summit.html'), 'utf8');
    const times = timePage(html);
    for (const stage of [
      'dom',
      'readability',
      'extract',
      'split',
      'facts',
      'sources',
      'digest',
      'summarizer',
    ] as const) {
      expect(Number.isFinite(times[stage])).toBe(true);
      expect(times[stage]).toBeGreaterThanOrEqual(0);
    }
    expect(times.summarizer).toBeCloseTo(times.split + times.facts + times.sources + times.digest, 6);
  });

  it('times the stages as bundled for the extension, without the keepNames helper tsx adds', async () => {
    const bundled = await bundledStages();
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures/kim-xi-summit.html'), 'utf8');
    const times = bundled.timePage(html);
    expect(Number.isFinite(times.summarizer)).toBe(true);
    expect(bundled.extractPage(html)).toEqual(extractPage(html));
    const file = resolve(import.meta.dirname, '../../node_modules/.cache/nutgraf-bench/stages.mjs');
    expect(readFileSync(file, 'utf8')).not.toContain('__name(');
  }, 30_000);

  it('runs the whole benchmark in its smoke mode, writing no results', async () => {
    const root = resolve(import.meta.dirname, '../..');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--smoke'],
      { cwd: root },
    );
    for (const words of ['1000', '10000'])
      expect(stdout).toMatch(
        new RegExp(
          `${words} words: dom [\\d.]+, readability [\\d.]+, extract [\\d.]+, split [\\d.]+, facts [\\d.]+, sources [\\d.]+, digest [\\d.]+, summarizer [\\d.]+, peakRssMB`,
        ),
      );
    expect(stdout).toMatch(/summarizer \/ Readability parse, per page: median [\d.]+%, p95 [\d.]+%/);
    expect(stdout).toMatch(
      /slowest size \/ fastest, 1k to 100k words \(target 2x\): dom [\d.]+x, .*summarizer [\d.]+x/,
    );
    expect(stdout).not.toContain('wrote bench/results');
  }, 60_000);

  it('measures bundle files raw and gzipped, with budgets on the entry points', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nutgraf-bundle-'));
    writeFileSync(join(dir, 'content.js'), 'x'.repeat(5000));
    const entries = bundleSizes(dir);
    const content = entries.find((e) => e.file === 'content.js')!;
    expect(content.rawKB).toBeCloseTo(5000 / 1024, 3);
    expect(content.gzipKB).toBeLessThan(content.rawKB);
    expect(content.budgetKB).toBe(40);
  });

  it("counts in a page's total what its HTML loads and what that imports, and nothing else", () => {
    const dir = mkdtempSync(join(tmpdir(), 'nutgraf-bundle-'));
    mkdirSync(join(dir, 'popup'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(
      join(dir, 'popup/index.html'),
      '<script src="../early.js"></script><script src="../popup.js">',
    );
    writeFileSync(join(dir, 'early.js'), 'e'.repeat(1024));
    writeFileSync(join(dir, 'popup.js'), `import "./chunks/a-1.js";${'p'.repeat(1000)}`);
    writeFileSync(join(dir, 'chunks/a-1.js'), `import "./b-2.js";${'a'.repeat(1006)}`);
    writeFileSync(join(dir, 'chunks/b-2.js'), 'b'.repeat(1024));
    writeFileSync(join(dir, 'chunks/unused-3.js'), 'u'.repeat(1024));
    const bytes = ['popup/index.html', 'early.js', 'popup.js', 'chunks/a-1.js', 'chunks/b-2.js']
      .map((f) => statSync(join(dir, f)).size)
      .reduce((a, b) => a + b);
    const popup = bundleSizes(dir).find((e) => e.file === 'popup (page total)')!;
    expect(Math.round(popup.rawKB * 1024)).toBe(bytes);
  });

  it('draws the scaling chart and computes quantiles', () => {
    const svg = scalingChart([
      { words: 1000, split: 0.2, facts: 2, sources: 4, summarizer: 7 },
      { words: 10000, split: 0.3, facts: 3, sources: 6, summarizer: 10 },
    ]);
    expect(svg).toMatch(/^<svg[\s\S]*<path d="M[\d.]+,[\d.]+ L[\d.]+,[\d.]+"[\s\S]*<\/svg>\n$/);
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
  });
});
