import { keywordGroup } from './scan.ts';

// The content terms the fact ranking weighs: a sentence's words but its function words, plurals folded.

/** English function words (the digest: a name ends with none, "Terminology The"). */
export const ENGLISH_STOPWORDS = (
  'a about above after again against all also am an and any are as at be because been before being below ' +
  'between both but by can could did do does doing down during each even few for from further had has have ' +
  'having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
  'no nor not now of off on once only or other our ours out over own said same says she should so some such ' +
  'than that the their theirs them then there these they this those through to too under until up very was ' +
  'we were what when where which while who whom why will with would you your yours one two told also like'
).split(' ');
/** Function words of the languages the product targets first; content words carry the signal. */
export const STOPWORDS = [
  ...ENGLISH_STOPWORDS,
  ...(
    'le la les un une des du de et en est que qui dans pour pas sur au aux ce ces il elle ils elles son sa ses ' +
    'der die das ein eine und ist nicht mit von zu den dem des im auf für sich es sie er ' +
    'el los las y es que del por con para una se lo al su sus'
  ).split(' '),
];

/** Stopwords are a key-word group, so the look-up that finds a word's key words also tells them. */
const STOPWORD = keywordGroup(STOPWORDS, { wholeWordsOnly: true });

/**
 * Content words of a scanned text's lower-cased words (`groups`: their key-word groups), with a crude
 * plural fold so "leader" and "leaders" meet.
 */
export function contentTermsOf(lowerWords: readonly string[], groups: readonly number[]): string[] {
  const terms: string[] = [];
  for (let k = 0; k < lowerWords.length; k++) {
    const lower = lowerWords[k]!;
    if (lower.length < 2 || groups[k]! & STOPWORD) continue;
    terms.push(lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower);
  }
  return terms;
}
