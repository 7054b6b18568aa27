import { matchesOf } from '../text.ts';

// Quoted speech inside a sentence: “…”, "…", «…», „…“ of at least three words.
const QUOTED = /“([^”]+)”|"([^"]+)"|«\s*([^»]+?)\s*»|„([^“”]+)[“”]/gu;

export function quotesIn(text: string): string[] {
  const quotes: string[] = [];
  for (const match of matchesOf(QUOTED, text)) {
    const quote = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (quote.split(/\s+/).length >= 3) quotes.push(quote);
  }
  return quotes;
}
