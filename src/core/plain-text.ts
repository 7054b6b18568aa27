import { countWords } from './scan.ts';
import type { ArticleInput, Block } from './types.ts';

// Plain text as an article: one block per paragraph (blank lines or single line breaks separate them).
// A line without closing punctuation is a heading or label ("World News", "6 min read", "Sources");
// the first such line of three words or more is the title.

export function articleFromText(text: string, title?: string): ArticleInput {
  const blocks: Block[] = [];
  let foundTitle = title ?? '';
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const fragment = !/[.!?…:;”"’)\]。！？]$/u.test(line) && countWords(line) < 20;
    if (fragment && !foundTitle && countWords(line) >= 3 && blocks.length < 4) {
      foundTitle = line;
      continue;
    }
    blocks.push({ text: line, kind: fragment ? 'heading' : 'p' });
  }
  return {
    title: foundTitle,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    url: null,
    blocks,
    links: [],
  };
}
