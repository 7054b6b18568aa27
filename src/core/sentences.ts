import { AnalyzedSentence } from './scan.ts';
import type { Block, Sentence } from './types.ts';

// Rule-based splitter. On the 160 CNN/DM dev texts (eval/splitters.ts) Intl.Segmenter (ICU) splits 40
// times right after a title or an initial ("Mr.", "Dr.", "F."), this splitter and sbd never; sbd is
// English-only. test/unit/sentences.test.ts holds the cases it must get right.
// Cost: one linear scan per block, O(characters).

/** Titles and words that are never the last word of a sentence. */
const ALWAYS_ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof gov sen rep gen col lt sgt capt cmdr adm maj cpl pvt det insp supt st mt ft rev hon ' +
    'pres jr sr no nos vs v etc inc corp co ltd bros dept approx est fig jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec ave blvd rd assn univ mme mlle hr'
  ) // fr: Mme, Mlle; de: Hr (Herr)
    .split(' '),
);

/** Words that start a new sentence even after an ambiguous abbreviation ("... in the U.S. The ..."). */
const SENTENCE_STARTERS = new Set(
  (
    'the a an he she it they we i you his her its their this that these those there but and or so yet ' +
    'in on at for when while after before if as meanwhile however now then still also some many most'
  ).split(' '),
);

const TERMINATOR = /([.!?…]+|[。！？]+)(["”’'»)\]]*)\s+|[。！？]+["”’」』]*/gu;

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Splits one block of text into sentence spans (offsets into `text`). */
export function splitSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(TERMINATOR)) {
    const end = match.index + match[0].trimEnd().length;
    const next = match.index + match[0].length;
    if (next >= text.length) break;
    if (!isBoundary(text, match.index, match[1] ?? match[0], next)) continue;
    pushSpan(spans, text, start, end);
    start = next;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function pushSpan(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) spans.push({ start, end });
}

function isBoundary(text: string, at: number, terminator: string, next: number): boolean {
  if (/[。！？]/.test(terminator)) return true;
  const following = text.slice(next, next + 40);
  const nextChar = following.replace(/^["“‘«([]+/, '')[0] ?? '';
  // A lowercase continuation ("?" he asked; "... enhance mutual") is never a new sentence.
  if (/\p{Ll}/u.test(nextChar)) return false;
  if (terminator !== '.') return true;
  const before = text.slice(Math.max(0, at - 30), at);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word === '') return true; // "video . Barack": a spaced full stop ends the sentence
  const bare = word.replace(/\./g, '').toLowerCase();
  if (ALWAYS_ABBREVIATIONS.has(bare) && !word.includes('.')) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (word.includes('.')) {
    // Dotted forms (U.S., a.m., Ph.D.) end a sentence only when a typical sentence opener follows.
    const nextWord = /^[\p{L}']+/u.exec(following)?.[0]?.toLowerCase() ?? '';
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/** Splits blocks into numbered sentences. */
export function splitSentences(blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const span of splitSpans(block.text)) {
      const text = block.text.slice(span.start, span.end);
      sentences.push(new AnalyzedSentence(sentences.length, blockIndex, span.start, span.end, text));
    }
  });
  return sentences;
}
