import { resolve } from 'node:path';
import { buildAll } from './build.ts';
import {
  ARTIFACTS,
  chromiumPath,
  clickToolbar,
  launch,
  READ_VIEW,
  ROOT,
  serve,
  type ViewContent,
} from './chromium.ts';

// The newcomer's first command: build the extension, serve the sample article on 127.0.0.1, open it in
// real Chromium with the extension loaded, click the toolbar button, print what the popup shows and
// save a screenshot. Without Chromium, print the CLI's summary of the same page instead.

const FIXTURE = resolve(ROOT, 'test/fixtures/kim-xi-summit.html');

async function main(): Promise<void> {
  if (!chromiumPath()) {
    console.log(
      'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
    console.log('Meanwhile, here is the command-line summary of the sample article:\n');
    const { fromHtml } = await import('../src/cli/load.ts');
    const { summarize } = await import('../src/core/summarize.ts');
    const { formatSummary } = await import('../src/cli/format.ts');
    const { readFileSync } = await import('node:fs');
    console.log(formatSummary(FIXTURE, summarize(fromHtml(readFileSync(FIXTURE, 'utf8'), null))));
    return;
  }
  console.log('Building dist/chrome and dist/firefox ...');
  await buildAll();
  const site = await serve({ '/world/kim-xi-summit': FIXTURE });
  const browser = await launch();
  try {
    const url = site.url('/world/kim-xi-summit');
    const page = await browser.context.newPage();
    await page.goto(url);
    console.log(`Opened ${url} in Chromium; clicking the Nutgraf toolbar button ...`);
    const started = performance.now();
    const popup = await clickToolbar(browser, url);
    await popup.waitFor(
      `((s) => Boolean(s) && s !== 'loading')(document.getElementById('app')?.dataset.state)`,
    );
    const elapsed = Math.round(performance.now() - started);
    const view = await popup.evaluate<ViewContent>(READ_VIEW);
    await popup.screenshot('demo-popup.png');
    console.log(`\nThe popup (state: ${view.state}, ${elapsed} ms after the click) shows:\n`);
    console.log(printView(view));
    console.log(`\nScreenshot: ${resolve(ARTIFACTS, 'demo-popup.png')}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

const GROUP_LABELS: Record<string, string> = {
  outlet: 'Outlets',
  person: 'People',
  organization: 'Organizations',
  document: 'Documents',
  link: 'Links',
};

function printView(view: ViewContent): string {
  if (view.state !== 'ready') return view.text;
  const lines = [view.title, view.meta, '', 'Key facts'];
  for (const [i, fact] of view.facts.entries()) lines.push(`  ${i + 1}. ${fact}`);
  lines.push('', 'Sources');
  let type = '';
  for (const source of view.sources) {
    if (source.type !== type) {
      type = source.type;
      lines.push(`  ${GROUP_LABELS[type] ?? type}`);
    }
    lines.push(
      `    - ${source.name}${source.role ? `, ${source.role}` : ''}${source.count ? `  (${source.count})` : ''}`,
    );
  }
  const unnamed = /Unnamed sources: \d+/.exec(view.text)?.[0];
  if (unnamed) lines.push(`  ${unnamed}`);
  return lines.join('\n');
}

await main();
