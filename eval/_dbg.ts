import { readFileSync } from 'node:fs';
import { fromHtml } from '../src/cli/load.ts';
import { summarize } from '../src/core/summarize.ts';

for (const p of process.argv.slice(2)) {
  const a = fromHtml(readFileSync(`../shared/corpus/readability/${p}/source.html`, 'utf8'), null);
  const s = summarize(a);
  for (const src of s.sources.filter((x) => x.type !== 'link'))
    console.log(
      p,
      src.type,
      '|',
      src.name,
      '|',
      src.role ?? '',
      '|',
      src.affiliation ?? '',
      '|',
      s.sentences[src.sentences[0] ?? 0]?.text.slice(0, 160),
    );
}
