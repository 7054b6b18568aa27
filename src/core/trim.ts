import { countWords, hasKeyword, keywordGroup, scanOf } from './scan.ts';
import { matchesOf } from './text.ts';
import type { Sentence } from './types.ts';

// Trimming a key fact to the part that carries it, always one contiguous verbatim span of its sentence:
// a leading dateline ("LONDON, England (CNN) -- ") or connective ("But", "However,"), a trailing
// attribution (", police said.") and, in a long sentence, a trailing subordinate clause (", who ...",
// ", while ..."): news puts the main clause first. Cost: a few anchored regexes per fact, each run only
// when the sentence has the characters or words it needs.

export interface TrimOptions {
  /** Sentences longer than this (words) lose a trailing subordinate clause; 0 turns that off. */
  clauseAfterWords: number;
}

const DATELINE =
  /^(?:[\p{Lu}][\p{L}.'’ -]{0,40},\s*)?(?:[\p{Lu}][\p{L}.'’ -]{0,40}\s*)?\((?:CNN|AP|Reuters|AFP|UPI|dpa|EFE)\)\s*(?:--|—|–|-)?\s*|^[\p{Lu}][\p{Lu} .,'’-]{2,40}\s*(?:--|—|–)\s*/u;
const CONNECTIVE =
  /^(?:But|And|So|Yet|Still|However|Meanwhile|Moreover|Furthermore|Nevertheless|Indeed|Now|Also|In fact|Instead|Overall),?\s+(?=\S)/u;
const ATTRIBUTION =
  /,\s+(?:(?:police|officials|authorities|prosecutors|investigators|experts|analysts|witnesses|sources|reports|he|she|they|it|a spokesman|a spokeswoman|a spokesperson|the [\p{L} ]{2,30}|(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})\s+(?:said|says|told [^,.;]{1,40}|added|reported|confirmed|claimed|announced|revealed)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|last night|this week|in a statement))?|according to [^,;]{2,60}|a court (?:heard|was told)(?: today| yesterday)?|it (?:was|has been) (?:reported|claimed|revealed))\s*[.!]?["”’']?$/u;
const CLAUSE =
  /,\s+(?:who|which|while|whereas|although|though|after|before|as|when|where|with|making|leaving|including|prompting|sparking|despite|amid|saying|adding)\b/gu;

/** Words one of which ATTRIBUTION needs: a sentence without any has no trailing attribution. */
const ATTRIBUTION_WORDS = keywordGroup(
  'said says told added reported confirmed claimed announced revealed according heard'.split(' '),
);

/** DATELINE needs an opening bracket or a dash: "(CNN)", "LONDON —". */
const mayHaveDateline = (text: string) =>
  text.includes('(') || text.includes('—') || text.includes('–') || text.includes('--');

export function trimSpan(sentence: Sentence, options: TrimOptions): { start: number; end: number } {
  const { text } = sentence;
  let start = 0;
  let end = text.length;
  const dateline = mayHaveDateline(text) ? DATELINE.exec(text) : null;
  if (dateline && dateline[0].length < text.length / 2) start = dateline[0].length;
  const connective = CONNECTIVE.exec(start ? text.slice(start) : text);
  if (connective) start += connective[0].length;
  const attribution = hasKeyword(sentence, ATTRIBUTION_WORDS) ? ATTRIBUTION.exec(text.slice(start)) : null;
  if (attribution && countWords(text.slice(start, start + attribution.index)) >= 8)
    end = start + attribution.index;
  const words =
    start === 0 && end === text.length ? scanOf(sentence).wordCount : countWords(text.slice(start, end));
  if (options.clauseAfterWords > 0 && words > options.clauseAfterWords) {
    // Words before each clause, counted from the clause before (a cut at a comma never splits a word).
    let before = 0;
    let from = start;
    for (const clause of matchesOf(CLAUSE, text.slice(start, end))) {
      before += countWords(text.slice(from, start + clause.index));
      from = start + clause.index;
      if (before >= 15) {
        end = start + clause.index;
        break;
      }
    }
  }
  return { start, end };
}
