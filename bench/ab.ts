import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DIST, extensionIdOf, ROOT } from '../scripts/chromium.ts';
import { CORPUS, clickToReady, openCorpus, PAGES } from './clicks.ts';
import { quantile } from './stages.ts';

// npm run bench:ab [-- --base REV --rounds N]: the warm click of two builds side by side in one browser,
// the committed REV (default HEAD) against the working tree, alternating on the same pages. Separate
// runs of bench:browser differ by 15 to 30 ms on this machine between identical builds (other load on
// the host); paired clicks cancel most of it, and the paired difference is what tells a change's gain.

const { values } = parseArgs({
  options: { base: { type: 'string', default: 'HEAD' }, rounds: { type: 'string', default: '2' } },
});
const rounds = Number(values.rounds);

/** The base revision built in a worktree of its own under node_modules/.cache (the repo's packages). */
function buildBase(rev: string): string {
  const tree = resolve(ROOT, 'node_modules/.cache/nutgraf-ab');
  if (existsSync(tree)) execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT });
  rmSync(tree, { recursive: true, force: true });
  execFileSync('git', ['worktree', 'add', '--detach', tree, rev], { cwd: ROOT, stdio: 'ignore' });
  symlinkSync(resolve(ROOT, 'node_modules'), resolve(tree, 'node_modules'));
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    cwd: tree,
    stdio: 'inherit',
  });
  return resolve(tree, 'dist/chrome');
}

if (!existsSync(CORPUS)) {
  console.error('bench:ab needs ../shared/corpus/readability');
  process.exit(2);
}
const baseDist = buildBase(values.base);
const builds = [
  { label: `base (${values.base})`, dist: baseDist },
  { label: 'working tree', dist: DIST },
];
const { site, eb } = await openCorpus(DIST, [baseDist]);
const asBuild = (dist: string) => ({ ...eb, extensionId: extensionIdOf(dist) });
const times = builds.map(() => [] as number[]);
const differences: number[] = [];
for (let round = 0; round <= rounds; round++) {
  for (const [p, name] of PAGES.entries()) {
    const url = site.url(`/${name}`);
    const page = await eb.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // Each build's click on a fresh load of the page, in turns: which goes first alternates.
    const order = (round + p) % 2 === 0 ? [0, 1] : [1, 0];
    const ms: number[] = [];
    for (const b of order) {
      await page.bringToFront();
      await page.reload({ waitUntil: 'domcontentloaded' });
      const click = await clickToReady(asBuild(builds[b]!.dist), url);
      ms[b] = click.ms;
      await click.popup.close();
    }
    await page.close();
    if (round === 0) continue; // the first round warms both workers and the page cache
    for (const b of [0, 1]) times[b]!.push(ms[b]!);
    differences.push(ms[1]! - ms[0]!);
  }
}
await eb.close();
await site.close();

const median = (xs: number[]) => Math.round(quantile(xs, 0.5));
for (const [b, build] of builds.entries())
  console.log(`${build.label.padEnd(20)} warm click to facts: median ${median(times[b]!)} ms`);
const faster = differences.filter((d) => d < 0).length;
console.log(
  `working tree - base, paired: median ${median(differences)} ms, quartiles ${Math.round(quantile(differences, 0.25))} to ${Math.round(quantile(differences, 0.75))} ms; faster in ${faster} of ${differences.length}`,
);
