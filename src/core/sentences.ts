import { AnalyzedSentence, charWidthAt, DIGIT, flagsAt, LETTER, LOWER, SPACE, UPPER } from './scan.ts';
import { matchesOf } from './text.ts';
import type { Block, Sentence } from './types.ts';

// Rule-based splitter. On the 160 CNN/DM dev texts (eval/splitters.ts) Intl.Segmenter (ICU) splits 40
// times right after a title or an initial ("Mr.", "Dr.", "F."), this splitter and sbd never; sbd is
// English-only. test/unit/sentences.test.ts holds the cases it must get right.
// Cost: one linear scan per block, O(characters).

/** Titles and words that are never the last word of a sentence. */
export const ALWAYS_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms mx dr prof gov sen rep gen col lt sgt capt cmdr adm maj cpl pvt det insp supt st mt ft rev hon ' +
    'pres jr sr no nos vs v etc inc corp co ltd bros dept approx est fig jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec ave blvd rd assn univ mme mlle hr'
  ) // fr: Mme, Mlle; de: Hr (Herr)
    .split(' '),
);

/** Words that start a new sentence even after an ambiguous abbreviation ("... in the U.S. The ..."). */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    'the a an he she it they we i you his her its their this that these those there but and or so yet ' +
    'in on at for when while after before if as meanwhile however now then still also some many most'
  ).split(' '),
);

/** A full stop, closing marks, reference marks ("marriage.[30][31] Yagan", "[citation needed]"), a space. */
const TERMINATOR =
  /([.!?…]+|[。！？]+)(["”’'»)\]]*(?:\[(?:\d{1,4}|[a-z]|citation needed)\])*)\s+|[。！？]+["”’」』]*/gu;

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Splits one block of text into sentence spans (offsets into `text`). */
export function splitSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of matchesOf(TERMINATOR, text)) {
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
  while (start < end && flagsAt(text, start) & SPACE) start++;
  while (end > start && flagsAt(text, end - 1) & SPACE) end--;
  if (hasLetterOrDigit(text, start, end)) spans.push({ start, end });
}

function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += charWidthAt(text, i))
    if (flagsAt(text, i) & (LETTER | DIGIT)) return true;
  return false;
}

/** A lower-case letter in one UTF-16 code unit (the splitter looks at one unit, not a code point). */
const isLowerUnit = (text: string, i: number) =>
  charWidthAt(text, i) === 1 && (flagsAt(text, i) & LOWER) !== 0;

const OPENING_MARKS = new Set(['"', '“', '‘', '«', '(', '[']);

/** Offset of the word of letters and dots that ends at `at`, looking back at most 30 code units. */
function wordStartBefore(text: string, at: number): number {
  const limit = Math.max(0, at - 30);
  let j = at;
  while (j > limit) {
    if (text.charCodeAt(j - 1) === 46) j--;
    else if (j - 2 >= limit && charWidthAt(text, j - 2) === 2) {
      if (!(flagsAt(text, j - 2) & LETTER)) break;
      j -= 2; // a letter outside the BMP
    } else if (flagsAt(text, j - 1) & LETTER) j--;
    else break;
  }
  return j;
}

function isBoundary(text: string, at: number, terminator: string, next: number): boolean {
  if (/[。！？]/.test(terminator)) return true;
  let first = next; // the next sentence's first character, after any opening marks
  while (first < text.length && first < next + 40 && OPENING_MARKS.has(text[first]!)) first++;
  // A lowercase continuation ("?" he asked; "... enhance mutual") is never a new sentence.
  if (first < text.length && first < next + 40 && isLowerUnit(text, first)) return false;
  if (terminator !== '.') return true;
  const word = text.slice(wordStartBefore(text, at), at);
  if (word === '') return true; // "video . Barack": a spaced full stop ends the sentence
  const bare = word.replace(/\./g, '').toLowerCase();
  if (ALWAYS_ABBREVIATIONS.has(bare) && !word.includes('.')) return false;
  if (word.length === charWidthAt(word, 0) && flagsAt(word, 0) & UPPER) return false; // an initial: "John F. Kennedy"
  if (word.includes('.')) {
    // Dotted forms (U.S., a.m., Ph.D.) end a sentence only when a typical sentence opener follows.
    const nextWord = /^[\p{L}']+/u.exec(text.slice(next, next + 40))?.[0]?.toLowerCase() ?? '';
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
