import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, serve } from '../../scripts/chromium.ts';
import { FIREFOX, type FirefoxRun } from '../../scripts/firefox.ts';
import { expectSeedView } from '../fixtures/seed-expectations.ts';

// dist/firefox passes Mozilla's linter, installs in Debian's Firefox ESR, and works there: a click on its
// toolbar button in Firefox's own window opens the popup, which reads the page (scripts/firefox.ts drives
// Firefox over WebDriver BiDi, as Playwright cannot drive Debian's build).

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

const hasFirefox = existsSync(FIREFOX) || !!process.env.CI;

describe('Firefox build', () => {
  it('has no web-ext lint errors', async () => {
    const { output } = await run(['lint', '--source-dir', source, '--output', 'json', '--no-input'], {});
    const report = JSON.parse(output.slice(output.indexOf('{'))) as { errors: Array<{ message: string }> };
    expect(report.errors).toEqual([]);
  });

  it.skipIf(!hasFirefox)('installs in Firefox ESR headless with no error', async () => {
    const { output, matched } = await run(
      ['run', '--source-dir', source, '--firefox', FIREFOX, '--no-input', '--no-reload'],
      { MOZ_HEADLESS: '1' },
      /Installed .* as a temporary add-on/,
    );
    expect(matched, output).toBe(true);
    expect(output).not.toMatch(/error/i);
  });

  it.skipIf(!hasFirefox)(
    'shows the key facts and sources of the seed article after a click on its toolbar button in Firefox',
    async () => {
      const site = await serve({ '/world/kim-xi-summit': resolve(ROOT, 'test/fixtures/kim-xi-summit.html') });
      try {
        // A child process: Node 20 has a WebSocket client only behind this flag.
        const { stdout } = await promisify(execFile)(
          process.execPath,
          [
            '--experimental-websocket',
            '--import',
            'tsx',
            'scripts/firefox.ts',
            site.url('/world/kim-xi-summit'),
          ],
          { cwd: ROOT, timeout: 90_000 },
        );
        const firefox = JSON.parse(stdout.trim()) as FirefoxRun;
        expect(firefox.panelUrl).toMatch(/^moz-extension:\/\/[\w-]+\/popup\/index\.html$/);
        expect(firefox.cachedByClick).toBe(true); // the click's popup had the page read and summarized
        expectSeedView(firefox.view);
      } finally {
        await site.close();
      }
    },
    120_000,
  );
});
