import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sbd from 'sbd';
import { splitSpans } from '../src/core/sentences.ts';

// npx tsx eval/splitters.ts: the sentence splitter against Intl.Segmenter and sbd on the CNN/DM dev
// texts. A split right after a title ("Mr.", "Dr.", "Gov.") or an initial is always wrong; the count of
// those false splits, and of sentences, compares the three.

const rows = readFileSync(resolve(import.meta.dirname, '../../shared/eval/cnndm-dev.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as { article: string }).article.replace(/\s+/g, ' '));
const TITLE_END = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|St|Rev|Jr|Sr|No|[A-Z])\.$/;

const splitters: Record<string, (t: string) => string[]> = {
  nutgraf: (t) => splitSpans(t).map((s) => t.slice(s.start, s.end)),
  'Intl.Segmenter': (t) =>
    [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(t)]
      .map((s) => s.segment.trim())
      .filter(Boolean),
  sbd: (t) => sbd.sentences(t),
};
for (const [name, split] of Object.entries(splitters)) {
  let sentences = 0;
  let falseSplits = 0;
  const t0 = performance.now();
  for (const text of rows) {
    const parts = split(text);
    sentences += parts.length;
    for (const part of parts.slice(0, -1)) if (TITLE_END.test(part)) falseSplits++;
  }
  const ms = performance.now() - t0;
  console.log(
    `${name.padEnd(15)} sentences ${String(sentences).padStart(5)}  splits after a title or initial ${String(falseSplits).padStart(4)}  ${ms.toFixed(0)} ms`,
  );
}
