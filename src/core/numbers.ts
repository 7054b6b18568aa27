import { hasKeyword, keywordGroupOf, scanOf } from './scan.ts';
import { ENGLISH_STOPWORDS } from './terms.ts';
import type { Sentence } from './types.ts';

// The digest's numbers: spans that count something ("26 other foreign leaders", "over 95% of its total
// trade", "their first in six years"). Cost: one scan of each sentence that has a digit or a count word.
//
// As one pattern, every alternative opened with an optional quantifier ("over", "more than", ...) and the
// count words carried a look-behind, so the pattern was tried in full at every character. Here the
// alternatives that start at a digit or a currency sign are one pattern, those that start at a word
// another, run only where the words are, and the quantifier (or "the" before an ordinal) is read
// backwards from a match: on the CNN/DM sentences with a digit, 78-80 -> 34-41 ns a character. Their
// matches are merged as the one pattern's scan would have found them: leftmost first, then on from its end.

/** Counted things in words; a whole word only ("written reports" holds no "ten reports"). */
const COUNT_WORD_NAMES =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundreds|thousands|dozens';
/** Words without which no word-led alternative but "first in ... years" can match. */
const COUNT_GROUP = keywordGroupOf(COUNT_WORD_NAMES);
/** An alternation whose words may open a sentence too: "Three men were arrested", "About 300 people". */
const capitalisedToo = (alternation: string) =>
  alternation
    .split('|')
    .map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`)
    .join('|');
const COUNT_WORD_PATTERN = capitalisedToo(COUNT_WORD_NAMES);
/** "their first in six years" needs "first" and a span of time. */
const FIRST_GROUP = keywordGroupOf('first');
const TIME_SPAN = /year|decade|month/;

const QUANTIFIER =
  'over|more than|less than|fewer than|about|nearly|almost|around|at least|up to|some|roughly';
/** Plurals without an -s that news counts most ("police" and "staff" too often stand before a noun). */
const PLURALS = 'people|men|women|children';
/** Words in -s that are no plural: a count is no "59, was", "one of his", "two pounds less". */
const NOT_PLURAL =
  'was|has|his|its|this|does|yes|perhaps|whereas|always|sometimes|towards|afterwards|besides|hers|ours|yours|theirs';
/** A plural: in -s but not -ss or -us ("across", "status"), and no function word. */
const PLURAL = `(?!(?:${NOT_PLURAL})(?![\\p{L}]))[\\p{Ll}-]{2,}(?<![su])s`;
/**
 * Words that end a count's phrase before its plural: "2008 and two bronzes", "2007 after five holes"
 * and "the 12th and" count nothing ("one of her children", "one in six women", "two or three stories"
 * and "three to six-year-olds" do).
 */
const LINKS =
  '(?!(?:and|but|nor|after|before|since|when|while|if|than|then|on|at|by|with|from|for|as|is|was|are|were|be|been|has|had|have|who|which|that)(?![\\p{L}]))';
/** What a count says it counts, a plural: "26 other foreign leaders", "140 pilot whales", "six people". */
const COUNTED = `(?:\\s+(?:million|billion|thousand))?\\s+(?:other\\s+)?(?:${LINKS}[\\p{Ll}-]+\\s+){0,2}(?:${PLURAL}|${PLURALS})(?![\\p{L}])`;
/** A number: digits with inner separators only ("1,000", "2.5"; "59, was" ends at 59). */
const NUMBER = '\\d(?:[\\d,.]*\\d)?';
/**
 * Four digits from 1900 to 2099 are a year before a plural ("2017 hiring trends"): news writes 2,000.
 * Whole numbers only: not the "017" of 2017.
 */
const NOT_A_YEAR = '(?<![\\d,.])(?!(?:19|20)\\d\\d(?!\\d|[,.]\\d))';

/** Alternatives in the one pattern's order; the groups tell what may stand before a match and belong to it. */
const DIGIT_LED = new RegExp(
  [
    // "95% of its total trade", "40 percent of voters"
    `${NUMBER}\\s*(?:%|percent|per cent)(?:\\s+of\\s+(?:[\\p{L}'’-]+\\s+){0,3}[\\p{L}'’-]+)?`,
    // "$5.2 million", "€300", "£100 million"
    `|[$€£¥]\\s?${NUMBER}(?:\\s+(?:million|billion|trillion|thousand))?`,
    // "the 80th anniversary"
    `|(?<ordinal>\\d+(?:st|nd|rd|th)\\s+${LINKS}[\\p{Ll}]+)`,
    `|${NOT_A_YEAR}${NUMBER}${COUNTED}`,
  ].join(''),
  'gu',
);
const WORD_LED = new RegExp(
  [
    `(?<first>(?:${capitalisedToo('their|its|his|her|the')})\\s+first\\s+in\\s+(?:\\d+|[\\p{Ll}]+)\\s+(?:years?|decades?|months?))`,
    `|(?<counted>(?:${COUNT_WORD_PATTERN})${COUNTED})`,
  ].join(''),
  'gu',
);
/** The quantifiers, a sentence's first word too ("More than 70,000 people"). */
const QUANTIFIERS = capitalisedToo(QUANTIFIER);
const QUANTIFIER_BEFORE = new RegExp(`(?:${QUANTIFIERS})\\s+$`);
/**
 * "One" counts nothing worth a line ("one of the reasons", "one needs", "at least one expert believes")
 * but in a ratio, a range or a large number ("one in six women", "one or two variables", "one million").
 */
const ONE = new RegExp(`^(?:(?:${QUANTIFIERS})\\s+)?[Oo]ne\\s+(?!(?:in|or|to|million|billion|thousand)\\s)`);
export const countsOne = (span: string) => ONE.test(span);
const THE_BEFORE = /[Tt]he\s+$/;
/** Far enough back for the longest quantifier ("fewer than") and its space. */
const LOOK_BACK = 24;

const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;
/** The code point before (two code units, for one outside the BMP) is a letter or a digit. */
const endsWithLetterOrDigit = (before: string) => LETTER_OR_DIGIT_AT_END.test(before);

interface Found {
  start: number;
  end: number;
}

/** The next match at or after `from`, its start moved back over the quantifier or "the" it takes. */
function next(pattern: RegExp, text: string, from: number): Found | null {
  pattern.lastIndex = from;
  let m = pattern.exec(text);
  // A count word is a whole word ("often" holds no "ten"): the pattern's look-behind, checked here,
  // where V8 would try it at every character.
  while (m?.groups?.counted && endsWithLetterOrDigit(text.slice(Math.max(0, m.index - 2), m.index))) {
    pattern.lastIndex = m.index + 1;
    m = pattern.exec(text);
  }
  if (!m) return null;
  const { ordinal, first } = m.groups!;
  const before = ordinal ? THE_BEFORE : first ? null : QUANTIFIER_BEFORE;
  const end = m.index + m[0].length;
  const window = before ? text.slice(Math.max(from, m.index - LOOK_BACK), m.index) : '';
  const lead = window ? before!.exec(window) : null;
  return { start: lead ? m.index - (window.length - lead.index) : m.index, end };
}

/**
 * The counting spans of a sentence, in order, as the one pattern found them. The two patterns' matches
 * never start at the same place (one starts at a count word or "first"'s determiner, the other at a
 * digit, a currency sign, a quantifier before them or an ordinal's "the"), so the earlier one wins.
 */
export function numberSpans(sentence: Sentence): string[] {
  const { text } = sentence;
  const digits = scanOf(sentence).hasDigit;
  const words =
    hasKeyword(sentence, COUNT_GROUP) || (hasKeyword(sentence, FIRST_GROUP) && TIME_SPAN.test(text));
  const spans: string[] = [];
  let digitLed = digits ? next(DIGIT_LED, text, 0) : null;
  let wordLed = words ? next(WORD_LED, text, 0) : null;
  while (digitLed || wordLed) {
    const pick = !wordLed || (digitLed && digitLed.start < wordLed.start) ? digitLed! : wordLed;
    spans.push(text.slice(pick.start, pick.end));
    if (digitLed && digitLed.start < pick.end) digitLed = next(DIGIT_LED, text, pick.end);
    if (wordLed && wordLed.start < pick.end) wordLed = next(WORD_LED, text, pick.end);
  }
  return spans;
}

/** Words that may open the "of" phrase after a percentage: "95% of its total trade", "of all voters". */
const DETERMINERS = new Set(
  'the a an its his her their our your my this these those all both each every some'.split(' '),
);
const FUNCTION_WORDS = new Set(ENGLISH_STOPWORDS);
const PERCENT_OF = /(%|percent|per cent)\s+of\s+/;
/** A plural as COUNTED reads one, tested on the word lower-cased ("of Americans" too): an of-phrase's head. */
const PLURAL_WORD = new RegExp(`^(?:${PLURAL}|${PLURALS})$`, 'u');

/**
 * A percentage's "of" phrase ends before its first function word ("15 percent of the personnel at the",
 * "81 percent of overweight boys and" end at "personnel" and "boys"); with no content word left, the
 * phrase goes ("over 95% of it": "over 95%"), and it ends at a plural, its head ("2% of people react",
 * "71 percent of overweight girls believe"). The pattern takes up to four words, whatever they are.
 */
export function withoutDanglingWords(span: string): string {
  const of = PERCENT_OF.exec(span);
  if (!of) return span;
  const phraseStart = of.index + of[0].length;
  let end = of.index + of[1]!.length; // the percentage alone
  let content = false;
  for (const word of span.slice(phraseStart).matchAll(/\S+/g)) {
    const lower = word[0].toLowerCase();
    if (!content && DETERMINERS.has(lower)) continue;
    if (FUNCTION_WORDS.has(lower)) break;
    content = true;
    end = phraseStart + word.index + word[0].length;
    // A plural is the phrase's head: what follows it is the sentence's verb ("95% of tasks begin").
    if (PLURAL_WORD.test(lower)) break;
  }
  return span.slice(0, end);
}
