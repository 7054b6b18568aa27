import { countWords } from './scan.ts';

// Trimming a key fact to the part that carries it, always one contiguous verbatim span of its sentence:
// a leading dateline ("LONDON, England (CNN) -- ") or connective ("But", "However,"), a trailing
// attribution (", police said.") and, in a long sentence, a trailing subordinate clause (", who ...",
// ", while ..."): news puts the main clause first. Cost: a few anchored regexes per fact.

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

export function trimSpan(sentence: string, options: TrimOptions): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  const dateline = DATELINE.exec(sentence);
  if (dateline && dateline[0].length < sentence.length / 2) start = dateline[0].length;
  const connective = CONNECTIVE.exec(sentence.slice(start));
  if (connective) start += connective[0].length;
  const attribution = ATTRIBUTION.exec(sentence.slice(start));
  if (attribution && countWords(sentence.slice(start, start + attribution.index)) >= 8)
    end = start + attribution.index;
  if (options.clauseAfterWords > 0 && countWords(sentence.slice(start, end)) > options.clauseAfterWords) {
    for (const clause of sentence.slice(start, end).matchAll(CLAUSE)) {
      if (countWords(sentence.slice(start, start + clause.index)) >= 15) {
        end = start + clause.index;
        break;
      }
    }
  }
  return { start, end };
}
