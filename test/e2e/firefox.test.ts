import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/chromium.ts';

// dist/firefox passes Mozilla's linter and installs in Debian's Firefox ESR, headless.
// Playwright cannot drive Debian's Firefox, so this checks the install, not the UI.

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const webExt = resolve(ROOT, 'node_modules/.bin/web-ext');
const source = resolve(ROOT, 'dist/firefox');

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
  until?: RegExp,
  timeoutMs = 60_000,
): Promise<{ output: string; matched: boolean }> {
  return new Promise((done) => {
    // A process group of its own, so that stopping it stops the Firefox that web-ext started too
    // (killing web-ext alone left Firefox running after the tests).
    const child = spawn(webExt, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    let matched = false;
    const finish = () => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      done({ output, matched });
    };
    const timer = setTimeout(finish, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (until?.test(output)) {
        matched = true;
        setTimeout(finish, 1500); // let any error right after the install reach the output
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => {
      clearTimeout(timer);
      done({ output, matched });
    });
  });
}

describe('Firefox build', () => {
  it('has no web-ext lint errors', async () => {
    const { output } = await run(['lint', '--source-dir', source, '--output', 'json', '--no-input'], {});
    const report = JSON.parse(output.slice(output.indexOf('{'))) as { errors: Array<{ message: string }> };
    expect(report.errors).toEqual([]);
  });

  it.skipIf(!existsSync(FIREFOX) && !process.env.CI)(
    'installs in Firefox ESR headless with no error',
    async () => {
      const { output, matched } = await run(
        ['run', '--source-dir', source, '--firefox', FIREFOX, '--no-input', '--no-reload'],
        { MOZ_HEADLESS: '1' },
        /Installed .* as a temporary add-on/,
      );
      expect(matched, output).toBe(true);
      expect(output).not.toMatch(/error/i);
    },
  );
});
