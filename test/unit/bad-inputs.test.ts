import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badInputs } from '../../scripts/bad-inputs.ts';

// Every bad input through the real CLI (as `npm run summarize` runs it, bundled), in one batch: each line is a summary or a typed error, the
// process never crashes, and none hangs (the batch is killed past 10 s an input).

const ROOT = resolve(import.meta.dirname, '../..');
const BUDGET_MS_PER_INPUT = 10_000;

describe('the CLI on the bad-input corpus', () => {
  const inputs = badInputs();
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-bad-'));
  for (const input of inputs) writeFileSync(join(dir, input.file), input.body);

  it('answers every input with a summary or a typed error, in order, and never hangs', () => {
    let stdout = '';
    try {
      stdout = execFileSync(
        process.execPath,
        ['bin/nutgraf.mjs', '--json', ...inputs.map((i) => join(dir, i.file))],
        {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 1 << 28,
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: BUDGET_MS_PER_INPUT * inputs.length,
        },
      );
    } catch (error) {
      stdout = (error as { stdout: string }).stdout; // exit status 1: some inputs failed, as expected
    }
    const lines = stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            input: string;
            error?: { code: string; message: string };
            facts?: Array<{ text: string }>;
          },
      );
    expect(lines.map((l) => l.input)).toEqual(inputs.map((i) => join(dir, i.file)));
    const outcomes = Object.fromEntries(
      lines.map((l, i) => [inputs[i]!.name, l.error ? l.error.code : 'ready']),
    );
    for (const [i, input] of inputs.entries()) {
      expect(input.expect, `${input.name}: ${JSON.stringify(lines[i]!.error ?? 'ready')}`).toContain(
        outcomes[input.name],
      );
      if (lines[i]!.error) expect(lines[i]!.error!.message.length).toBeGreaterThan(10);
    }
    // Legacy encodings decode to the article's real words.
    const text = (name: string) =>
      JSON.stringify(lines[inputs.findIndex((x) => x.name === name)]!.facts ?? []);
    expect(text('windows-1252-no-charset')).toContain('déclaré');
    expect(text('shift-jis-charset')).toContain('路面電車');
    expect(text('gbk-charset')).toContain('有轨电车');
  }, 240_000);
});
