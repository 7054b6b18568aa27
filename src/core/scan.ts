import type { Sentence } from './types.ts';

// The one pass over a sentence's characters that the stages share. A Unicode-property regex costs tens
// of nanoseconds a character in V8, and every stage used to run its own over the whole text; here each
// character is classified once by table look-up and each sentence is scanned once (see memoBySentence).
// Cost: O(characters).

export const LETTER = 1;
export const DIGIT = 2; // \p{N}
export const UPPER = 4;
export const LOWER = 8;
export const MARK = 16;
export const CJK = 32;
export const SPACE = 64;
const KNOWN = 128;

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function classify(char: string): number {
  let flags = KNOWN;
  if (/\p{L}/u.test(char)) flags |= LETTER;
  if (/\p{N}/u.test(char)) flags |= DIGIT;
  if (/\p{Lu}/u.test(char)) flags |= UPPER;
  if (/\p{Ll}/u.test(char)) flags |= LOWER;
  if (/\p{M}/u.test(char)) flags |= MARK;
  if (CJK_CHAR.test(char)) flags |= CJK;
  if (/\s/u.test(char)) flags |= SPACE;
  return flags;
}

/** Flags of each UTF-16 code unit, filled on first sight (the regexes above define them). */
const BMP = new Uint16Array(0x10000);
const ASTRAL = new Map<number, number>();
/** A high surrogate: its flags are those of the code point it opens. */
const HIGH_SURROGATE = 256;

/** The class flags of the code point at `i` (a surrogate pair is read whole). Small, so V8 inlines it. */
export function flagsAt(text: string, i: number): number {
  const flags = BMP[text.charCodeAt(i)]!;
  return flags !== 0 && (flags & HIGH_SURROGATE) === 0 ? flags : slowFlagsAt(text, i);
}

function slowFlagsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code < 0xdc00) {
    BMP[code] = HIGH_SURROGATE | KNOWN;
    const point = text.codePointAt(i)!;
    if (point <= 0xffff) return KNOWN; // a lone surrogate
    let flags = ASTRAL.get(point);
    if (flags === undefined) {
      flags = classify(String.fromCodePoint(point));
      ASTRAL.set(point, flags);
    }
    return flags;
  }
  const flags = classify(String.fromCharCode(code));
  BMP[code] = flags;
  return flags;
}

/** Code units taken by the code point at `i`. */
function width(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 0xd800 || code >= 0xdc00 || (text.codePointAt(i) ?? 0) <= 0xffff ? 1 : 2;
}

export { width as charWidthAt };

export const isApostrophe = (code: number) => code === 39 || code === 0x2019;

export interface TextScan {
  /** The words, lower-cased: runs of letters and digits with inner apostrophes ("don’t", "l’Arcep"). */
  words: string[];
  /** Words as the reading time counts them: each CJK character is a word (CJK has no spaces). */
  wordCount: number;
  hasDigit: boolean;
  /** Indices of the words with an inner apostrophe ("today’s", "l’annonce"). */
  withApostrophe: number[];
  /** Where each word starts in the text. */
  starts: number[];
  /** Upper-case letters after the text's first code unit (patterns that need a capital skip the rest). */
  capitals: number;
}

/** Words of `text` as /[\p{L}\p{N}]+(?:['’][\p{L}]+)*\/gu matches them, in one pass. */
export function scanText(text: string): TextScan {
  const { words, starts, count, cjk, hasDigit, withApostrophe, capitals } = walkWords(text, true);
  const wordCount = cjk === 0 ? count : countWordsWithCjk(text);
  return { words, wordCount, hasDigit, withApostrophe, starts, capitals };
}

/** Words of a text as scanText counts them (each CJK character a word), without making the words. */
export function countWords(text: string): number {
  const { count, cjk } = walkWords(text, false);
  return cjk === 0 ? count : countWordsWithCjk(text);
}

export const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
export const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

/** An apostrophe at `i` that joins the letter after it to the word: "don’t", "l’Arcep". */
const joinsLetter = (text: string, i: number) => i + 1 < text.length && (flagsAt(text, i + 1) & LETTER) !== 0;

// ASCII characters are told apart by code alone (most of a text), the others by the table.
function walkWords(text: string, collect: boolean) {
  const lower = collect ? text.toLowerCase() : text;
  // Lower-casing keeps the length but for a few letters ("İ"); then each word is lower-cased alone.
  const sameLength = lower.length === text.length;
  const words: string[] = [];
  const starts: number[] = [];
  let count = 0;
  let cjk = 0;
  let hasDigit = false;
  let capitals = 0;
  const withApostrophe: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (
      first < 128 ? !isAsciiLetter(first) && !isAsciiDigit(first) : !(flagsAt(text, i) & (LETTER | DIGIT))
    ) {
      i += first < 128 ? 1 : width(text, i);
      continue;
    }
    const start = i;
    let lettersOnly = false; // after an inner apostrophe a word takes letters only
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        if (isAsciiLetter(code)) {
          if (code <= 90 && i > 0) capitals++;
          i++;
        } else if (isAsciiDigit(code)) {
          hasDigit = true;
          if (lettersOnly) break; // a digit after an apostrophe group starts a new word: "rock'n2"
          i++;
        } else if (code === 39 && joinsLetter(text, i)) {
          if (!lettersOnly) withApostrophe.push(count);
          lettersOnly = true;
          i++;
        } else break;
        continue;
      }
      const flags = flagsAt(text, i);
      if (flags & (lettersOnly ? LETTER : LETTER | DIGIT)) {
        if (flags & CJK) cjk++;
        if (flags & UPPER && i > 0) capitals++;
        i += width(text, i);
      } else if (code === 0x2019 && joinsLetter(text, i)) {
        if (!lettersOnly) withApostrophe.push(count);
        lettersOnly = true;
        i++;
      } else break;
    }
    if (collect) {
      words.push(sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase());
      starts.push(start);
    }
    count++;
  }
  return { words, starts, count, cjk, hasDigit, withApostrophe, capitals };
}

/** CJK text: each ideograph or kana is a word, and the words between them count as usual. */
function countWordsWithCjk(text: string): number {
  let cjk = 0;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i += width(text, i)) {
    if ((flagsAt(text, i) & CJK) === 0) continue;
    cjk++;
    parts.push(text.slice(from, i), ' ');
    from = i + width(text, i);
  }
  parts.push(text.slice(from));
  return cjk + walkWords(parts.join(''), false).count;
}

/**
 * A sentence as splitSentences makes it, with room for the analyses the stages share. The room is a
 * private field: no property, so JSON, structured clone and equality checks see a plain Sentence.
 */
export class AnalyzedSentence implements Sentence {
  readonly #memo: unknown[] = [];
  constructor(
    readonly index: number,
    readonly block: number,
    readonly start: number,
    readonly end: number,
    readonly text: string,
  ) {}

  static memoOf(sentence: Sentence): unknown[] | undefined {
    return #memo in sentence ? (sentence as AnalyzedSentence).#memo : undefined;
  }
}

let memoSlots = 0;

/**
 * A per-sentence analysis computed once for a Sentence object, whichever stage asks first. It is kept
 * on the sentence itself (a WeakMap or a hidden property cost more than some analyses), so it lives as
 * long as that split of the article and a new split (another article, or a benchmark's next run) starts
 * empty. A Sentence made elsewhere (a test's literal) is analysed on every call.
 */
export function memoBySentence<T>(compute: (sentence: Sentence) => T): (sentence: Sentence) => T {
  const slot = memoSlots++;
  return function memoized(sentence) {
    const memo = AnalyzedSentence.memoOf(sentence);
    if (memo === undefined) return compute(sentence);
    let value = memo[slot] as T | undefined;
    if (value === undefined) {
      value = compute(sentence);
      memo[slot] = value;
    }
    return value;
  };
}

export const scanOf = memoBySentence((sentence) => scanText(sentence.text));

// Key-word groups: each pattern that needs one of some words to match registers them as a group, and
// each sentence's words are looked up once for all groups (one Map look-up a word, instead of one Set
// look-up a word per pattern). A word with an apostrophe also counts as its two sides: "today’s" as
// "today", "l’annonce" as "annonce" (a superset: groups only decide whether a pattern need run).
const GROUPS_OF_WORD = new Map<string, number>();
let groupCount = 0;
/** Groups whose words count whole only: "he’s" is no "he" for them. */
let wholeWordGroups = 0;

/** Registers a group of lower-case key words (at module load, before any sentence is read). */
export function keywordGroup(words: Iterable<string>, { wholeWordsOnly = false } = {}): number {
  if (groupCount === 31) throw new Error('at most 31 key-word groups');
  const bit = 1 << groupCount++;
  for (const word of words) GROUPS_OF_WORD.set(word, (GROUPS_OF_WORD.get(word) ?? 0) | bit);
  if (wholeWordsOnly) wholeWordGroups |= bit;
  return bit;
}

/** The groups of the two sides of a word's first apostrophe: "l’annonce" -> those of "l" and "annonce". */
function sideGroups(word: string): number {
  const at = word.search(/['’]/);
  const sides = (GROUPS_OF_WORD.get(word.slice(0, at)) ?? 0) | (GROUPS_OF_WORD.get(word.slice(at + 1)) ?? 0);
  return sides & ~wholeWordGroups;
}

/** The key-word groups of each word of a scanned text (its apostrophe sides' too). */
export function wordGroupsOfScan({ words, withApostrophe }: TextScan): number[] {
  const groups = words.map((word) => GROUPS_OF_WORD.get(word) ?? 0);
  for (const k of withApostrophe) groups[k]! |= sideGroups(words[k]!);
  return groups;
}

/** The key-word groups of each word of a sentence. */
export const wordGroupsOf = memoBySentence((sentence): number[] => wordGroupsOfScan(scanOf(sentence)));

/** Where the words of a sentence that belong to a group start, in order. */
export function keywordOffsets(sentence: Sentence, group: number): number[] {
  const offsets: number[] = [];
  if (!hasKeyword(sentence, group)) return offsets;
  const groups = wordGroupsOf(sentence);
  const { starts } = scanOf(sentence);
  for (let k = 0; k < groups.length; k++) if (groups[k]! & group) offsets.push(starts[k]!);
  return offsets;
}

/** The key-word groups a sentence has a word of, as a bit mask. */
const keywordsOf = memoBySentence((sentence): number => {
  let mask = 0;
  for (const groups of wordGroupsOf(sentence)) mask |= groups;
  return mask;
});

export const hasKeyword = (sentence: Sentence, group: number) => (keywordsOf(sentence) & group) !== 0;

/**
 * The words scanText finds (a property test holds the two equal), for the key words read at module
 * load. scanText must not run then: V8 compiles its loops on the feedback of their first calls, and after
 * the key words' short literal strings it compiled them into code twice as slow on sentences (the word
 * scan over the corpus 55 -> 31 ms).
 */
const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The longest word of each alternative of a plain alternation ("according to|selon" -> according, selon):
 * a sentence with none of these words cannot match a pattern built on it, so the pattern need not run.
 * Registers them as a key-word group (see hasKeyword).
 */
export function keywordGroupOf(...alternations: string[]): number {
  const keys = new Set<string>();
  for (const alternative of alternations
    .join('|')
    .replace(/\(\?:|\)/g, '')
    .split('|')) {
    const words = alternative.toLowerCase().match(WORD_PATTERN) ?? [];
    if (words.length) keys.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return keywordGroup(keys);
}
