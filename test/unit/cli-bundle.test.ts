import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../bin/nutgraf.mjs';

// The CLI runs a bundle it rebuilds when a source changed: a stale bundle would run old code.

describe('the CLI bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-cli-'));
  const bundle = join(dir, 'nutgraf.mjs');
  const source = join(dir, 'src/core/deep/file.ts');
  mkdirSync(join(dir, 'src/core/deep'), { recursive: true });
  const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

  it('is stale when missing, or older than any file in the input trees, and fresh otherwise', () => {
    writeFileSync(source, 'x');
    expect(isStale(bundle, [join(dir, 'src')])).toBe(true);
    writeFileSync(bundle, 'x');
    at(source, 1_000);
    at(join(dir, 'src/core/deep'), 1_000);
    at(join(dir, 'src/core'), 1_000);
    at(join(dir, 'src'), 1_000);
    at(bundle, 2_000);
    expect(isStale(bundle, [join(dir, 'src'), join(dir, 'missing.json')])).toBe(false);
    at(source, 3_000);
    expect(isStale(bundle, [join(dir, 'src')])).toBe(true);
  });
});
