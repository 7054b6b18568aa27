import { hasKeyword, keywordGroupOf, scanOf } from './scan.ts';
import type { FactTag, Sentence } from './types.ts';

// Kinds of key information a fact carries, from surface cues only (no model): enough for the chips.

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const DATE = new RegExp(
  `\\b((${MONTHS})\\.? \\d{1,2}\\b|\\d{1,2} (${MONTHS})\\b|(${MONTHS}) \\d{4}|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tomorrow|tonight|last (week|month|year|night)|next (week|month|year)|this (week|month|year)|(the )?following day|in (19|20)\\d\\d|\\d{1,2}(:\\d\\d)? ?[ap]\\.?m\\.?)`,
  'i',
);
/** A number is a digit, a sign or a number word; the word alternation runs only when a key word is there. */
const DAY_OR_SPAN = /day|night|week|month|year|tomorrow/i;
const NUMBER_SIGN = /[\d%$€£]/;
const NUMBER_WORD =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half)\b/i;
const QUOTE = /["“”«»]|(^|\s)‘|’(\s|$)/;
const ORGANIZATION =
  /\b(University|Ministry|Department|Party|Council|Agency|Commission|Committee|Institute|Association|Company|Corporation|Inc|Corp|Ltd|Bank|Police|Army|Navy|Pentagon|Congress|Parliament|Senate|Court|Foundation|Union|Organization|Organisation|FBI|CIA|NATO|UN|EU)\b/;
const PERSON_CUE =
  /\b(Mr|Mrs|Ms|Dr|Prof|President|Prime Minister|Minister|Governor|Senator|leader|spokesman|spokeswoman|spokesperson|chief|director|lecturer|professor|dean)\.?\s+\p{Lu}|\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (said|says|told|added|declared|noted|wrote|argued)\b/u;
const PERSON_NAME = /\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}\b/u;
const PLACE_CUE =
  /\b(in|at|from|to|near|across) (the )?\p{Lu}\p{Ll}+|\b(China|Russia|Beijing|Moscow|Washington|London|Paris|Berlin|Tokyo|Korea|Ukraine|Europe|Asia|Africa|America|United States|Britain|France|Germany|India|Iran|Israel)\b/u;

/** Words without one of which (or a digit) DATE, NUMBER_WORD and ORGANIZATION cannot match. */
const DATE_WORDS = keywordGroupOf(
  `${MONTHS.replace('Sept?', 'Sep|Sept')}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|tonight|last|next|this|following`,
);
const NUMBER_WORDS = keywordGroupOf(
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half',
);
const ORGANIZATION_WORDS = keywordGroupOf(
  'University|Ministry|Department|Party|Council|Agency|Commission|Committee|Institute|Association|Company|Corporation|Inc|Corp|Ltd|Bank|Police|Army|Navy|Pentagon|Congress|Parliament|Senate|Court|Foundation|Union|Organization|Organisation|FBI|CIA|NATO|UN|EU',
);

/** PERSON_CUE's titles and verbs: it cannot match a text without one. */
const PERSON_CUE_WORDS = keywordGroupOf(
  'Mr|Mrs|Ms|Dr|Prof|President|Prime|Minister|Governor|Senator|leader|spokesman|spokeswoman|spokesperson|chief|director|lecturer|professor|dean|said|says|told|added|declared|noted|wrote|argued',
);

/** The kinds of information in a sentence. */
export function tagFact(sentence: Sentence): FactTag[] {
  const { text } = sentence;
  const { hasDigit, capitals } = scanOf(sentence);
  const has = (group: number) => hasKeyword(sentence, group);
  const tags: FactTag[] = [];
  // Without a digit a date is a day, a night or a span: "on Monday", "tonight", "last week".
  const date = hasDigit || (has(DATE_WORDS) && DAY_OR_SPAN.test(text)) ? DATE.exec(text) : null;
  if (date) tags.push('date');
  // A number outside the date: "June 4" alone is no number.
  const rest = date ? text.slice(0, date.index) + text.slice(date.index + date[0].length) : text;
  if (NUMBER_SIGN.test(rest) || (has(NUMBER_WORDS) && NUMBER_WORD.test(rest))) tags.push('number');
  // The cheaper test first (most sentences with a cue also have a name); a name past the first character
  // needs two capitals there, a place one.
  if ((capitals >= 2 && PERSON_NAME.test(text.slice(1))) || (has(PERSON_CUE_WORDS) && PERSON_CUE.test(text)))
    tags.push('person');
  if (capitals >= 1 && PLACE_CUE.test(text.slice(1))) tags.push('place');
  if (has(ORGANIZATION_WORDS) && ORGANIZATION.test(text)) tags.push('organization');
  if (QUOTE.test(text)) tags.push('quote');
  return tags;
}
