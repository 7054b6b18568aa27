import type { Sentence } from './types.ts';

// The one pass over a sentence's characters that the stages share. A Unicode-property regex costs tens
// of nanoseconds a character in V8, and every stage used to run its own over the whole text; here each
// character is classified once by table look-up and each sentence is scanned once (see memoBySentence).
// Cost: O(characters).

const LETTER = 1;
const DIGIT_CLASS = 2; // \p{N}
const UPPER = 4;
const LOWER = 8;
const MARK = 16;
const CJK = 32;
const SPACE = 64;
const KNOWN = 128;

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function classify(char: string): number {
  let flags = KNOWN;
  if (/\p{L}/u.test(char)) flags |= LETTER;
  if (/\p{N}/u.test(char)) flags |= DIGIT_CLASS;
  if (/\p{Lu}/u.test(char)) flags |= UPPER;
  if (/\p{Ll}/u.test(char)) flags |= LOWER;
  if (/\p{M}/u.test(char)) flags |= MARK;
  if (CJK_CHAR.test(char)) flags |= CJK;
  if (/\s/u.test(char)) flags |= SPACE;
  return flags;
}

/** Flags of each UTF-16 code unit, filled on first sight (the regexes above define them). */
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

/** The class flags of the code point at `i` (a surrogate pair is read whole). */
function flagsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) {
      let flags = ASTRAL.get(point);
      if (flags === undefined) {
        flags = classify(String.fromCodePoint(point));
        ASTRAL.set(point, flags);
      }
      return flags;
    }
  }
  let flags = BMP[code]!;
  if (flags === 0) {
    flags = classify(String.fromCharCode(code));
    BMP[code] = flags;
  }
  return flags;
}

const width = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code < 0xdc00 && (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
};

export const isLetterAt = (text: string, i: number) => (flagsAt(text, i) & LETTER) !== 0;
export const isUpperAt = (text: string, i: number) => (flagsAt(text, i) & UPPER) !== 0;
export const isLowerAt = (text: string, i: number) => (flagsAt(text, i) & LOWER) !== 0;
export const isMarkAt = (text: string, i: number) => (flagsAt(text, i) & MARK) !== 0;
export const isSpaceAt = (text: string, i: number) => (flagsAt(text, i) & SPACE) !== 0;
export const isLetterOrNumberAt = (text: string, i: number) =>
  (flagsAt(text, i) & (LETTER | DIGIT_CLASS)) !== 0;
export { width as charWidthAt };

const isApostrophe = (code: number) => code === 39 || code === 0x2019;

export interface TextScan {
  /** The words, lower-cased: runs of letters and digits with inner apostrophes ("don’t", "l’Arcep"). */
  words: string[];
  /** Words as the reading time counts them: each CJK character is a word (CJK has no spaces). */
  wordCount: number;
  hasDigit: boolean;
}

/** Words of `text` as /[\p{L}\p{N}]+(?:['’][\p{L}]+)*\/gu matches them, in one pass. */
export function scanText(text: string): TextScan {
  const lower = text.toLowerCase();
  // Lower-casing keeps the length but for a few letters ("İ"); then each word is lower-cased alone.
  const sameLength = lower.length === text.length;
  const words: string[] = [];
  let cjk = 0;
  let hasDigit = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let flags = flagsAt(text, i);
    if ((flags & (LETTER | DIGIT_CLASS)) === 0) {
      i += width(text, i);
      continue;
    }
    const start = i;
    while (i < n) {
      flags = flagsAt(text, i);
      if (flags & (LETTER | DIGIT_CLASS)) {
        if (flags & CJK) cjk++;
        if (flags & DIGIT_CLASS) hasDigit = true;
        i += width(text, i);
      } else if (isApostrophe(text.charCodeAt(i)) && i + 1 < n && flagsAt(text, i + 1) & LETTER) {
        // An apostrophe joins letters only: "rock'n2" is "rock'n" then "2".
        i++;
        while (i < n) {
          flags = flagsAt(text, i);
          if ((flags & LETTER) === 0) break;
          if (flags & CJK) cjk++;
          i += width(text, i);
        }
        if (!isApostrophe(text.charCodeAt(i))) break;
      } else break;
    }
    words.push(sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase());
  }
  return { words, wordCount: cjk === 0 ? words.length : countWordsWithCjk(text), hasDigit };
}

/** CJK text: each ideograph or kana is a word, and the words between them count as usual. */
function countWordsWithCjk(text: string): number {
  const CJK_ALL = new RegExp(CJK_CHAR.source, 'gu');
  const cjk = text.match(CJK_ALL)?.length ?? 0;
  return cjk + scanText(text.replace(CJK_ALL, ' ')).words.length;
}

/**
 * A per-sentence analysis computed once for a Sentence object, whichever stage asks first. Keyed by the
 * object, so it lives as long as that split of the article and a new split (another article, or a
 * benchmark's next run) starts empty.
 */
export function memoBySentence<T>(compute: (sentence: Sentence) => T): (sentence: Sentence) => T {
  const cache = new WeakMap<Sentence, T>();
  return (sentence) => {
    let value = cache.get(sentence);
    if (value === undefined) {
      value = compute(sentence);
      cache.set(sentence, value);
    }
    return value;
  };
}

export const scanOf = memoBySentence((sentence) => scanText(sentence.text));
