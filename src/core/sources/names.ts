import {
  charWidthAt,
  flagsAt,
  isApostrophe,
  isAsciiDigit,
  isAsciiLetter,
  LETTER,
  LOWER,
  MARK,
  memoBySentence,
  SPACE,
  scanOf,
  UPPER,
} from '../scan.ts';
import { INSTITUTION_WORDS, ROLE_NOUNS } from './cues.ts';
import { isOutlet } from './gazetteer.ts';
import { isPlace } from './places.ts';

// Proper-name runs in a sentence, and whether a run can be a person's name.

export interface NameRun {
  text: string;
  start: number;
  end: number;
  tokens: string[];
  /** The person the run names, once personOfRun has looked (undefined before). */
  person?: PersonName | null;
}

/** Lower-case particles inside names: "Laure de la Raudière", "Osama bin Laden", "Ludwig van Beethoven". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
]);

const wordSet = (alternation: string) => new Set(alternation.split('|'));

/** "Trump’s" -> "Trump"; a plural's too: "Pacers’" -> "Pacers". */
export const withoutPossessive = (token: string) => {
  const last = token.at(-1);
  if (last === 's' && (token.at(-2) === '’' || token.at(-2) === "'")) return token.slice(0, -2);
  return (last === '’' || last === "'") && token.at(-2) === 's' ? token.slice(0, -1) : token;
};

/**
 * The sentence's tokens as /[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Ll}][\p{L}'’-]*|\d[\d.,]*|\S/gu cuts them,
 * in one pass with table look-ups: offsets, and whether each opens with a capital. ASCII letters, spaces
 * and the joining marks are told apart by code alone (most of a text), other characters by the table.
 */
function tokenize(text: string): { starts: number[]; ends: number[]; upper: boolean[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const upper: boolean[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      i++;
      continue;
    }
    const flags = flagsAt(text, i);
    if (flags & SPACE) {
      i += charWidthAt(text, i);
      continue;
    }
    starts.push(i);
    upper.push((flags & UPPER) !== 0);
    i = tokenEnd(text, i, flags);
    ends.push(i);
  }
  return { starts, ends, upper };
}

/** Where the token that opens at `i` (a character of class `flags`, not a space) ends. */
function tokenEnd(text: string, i: number, flags: number): number {
  const n = text.length;
  const code = text.charCodeAt(i);
  if (flags & (UPPER | LOWER)) {
    // A capitalised token also takes marks and dots ("U.S."); a lower-case one does not.
    const capital = (flags & UPPER) !== 0;
    const joining = capital ? LETTER | MARK : LETTER;
    i += charWidthAt(text, i);
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isAsciiLetter(c) || isApostrophe(c) || c === 45 || (capital && c === 46)) i++;
      else if (c < 128)
        break; // no other ASCII character is a letter or a mark
      else if (flagsAt(text, i) & joining) i += charWidthAt(text, i);
      else break;
    }
    return i;
  }
  if (isAsciiDigit(code)) {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isAsciiDigit(c) && c !== 46 && c !== 44) break;
      i++;
    }
    return i;
  }
  return i + charWidthAt(text, i);
}

/** A possessive or a sentence's full stop is not part of a name; "U.S." keeps its dots. */
function withoutTrailingMark(raw: string): string {
  const last = raw.at(-1);
  const beforeLast = raw.at(-2);
  const marked =
    last === '.' ||
    last === "'" ||
    last === '’' ||
    (last === 's' && (beforeLast === "'" || beforeLast === '’'));
  if (!marked) return raw; // the common case, without a regex
  // All the marks: "Alice Springs.’" (a full stop inside a closing quote) is "Alice Springs".
  return /(?:^|\s)(?:\p{Lu}\.)+$/u.test(raw) ? raw : raw.replace(/(?:['’]s?|\.)+$/u, '');
}

/** Runs of capitalised tokens (with name particles inside), e.g. "Former U.S. President Donald Trump". */
export function nameRuns(sentence: string): NameRun[] {
  const runs: NameRun[] = [];
  const { starts, ends, upper } = tokenize(sentence);
  let i = 0;
  while (i < starts.length) {
    if (!upper[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < starts.length) {
      // Only a single space joins two tokens of a name.
      if (starts[j] !== ends[j - 1]! + 1 || sentence.charCodeAt(ends[j - 1]!) !== 32) break;
      if (upper[j]) j++;
      else if (
        upper[j + 1] &&
        ends[j]! - starts[j]! <= 3 &&
        PARTICLES.has(sentence.slice(starts[j], ends[j]))
      )
        j++;
      else break;
    }
    runs.push(nameRun(sentence, starts[i]!, ends[j - 1]!, j - i));
    i = j;
  }
  return runs;
}

function nameRun(sentence: string, start: number, end: number, tokenCount: number): NameRun {
  const text = withoutTrailingMark(sentence.slice(start, end));
  return {
    text,
    start,
    end: start + text.length,
    person: undefined, // set by personOfRun; here so every run has the same shape
    tokens: tokenCount > 1 ? text.split(' ') : [text], // a run of one token has no space
  };
}

/**
 * nameRuns, computed once per sentence (people and the digest both read them). A sentence with no
 * capital past its first character (four in ten) has at most one run: its first token, if capitalised.
 */
export const cachedNameRuns = memoBySentence((sentence): NameRun[] => {
  const { text } = sentence;
  if (scanOf(sentence).capitals > 0) return nameRuns(text);
  const flags = text.length ? flagsAt(text, 0) : 0;
  return flags & UPPER ? [nameRun(text, 0, tokenEnd(text, 0, flags), 1)] : [];
});

/** Words that make a capitalised run something other than a person's name. */
const NOT_PERSON = wordSet(
  `${INSTITUTION_WORDS}|University|College|School|Hall|House|Post|Times|News|Daily|Journal|Herald|Tribune|Street|Road|Avenue|Square|River|Sea|Ocean|Island|Islands|Mountain|Mount|Peninsula|War|Navy|Force|Inc|Corp|Ltd|Airlines|Museum|Temple|Technology|Republic|Kingdom|States|Nations|Church|Club|League|Cup|Games|Olympics|Premiership|Championship|Championships|Trophy|Tournament|Prix|Marathon|Award|Prize|Day|Week|Act|Bill|Project|Station|Airport|Hospital|Park|Bridge|Tower|Palace|Stadium|Festival|Summit|Province|County|City|State|Region|Valley|Coast|Beach|Lake|Gulf|Bay|Strait|Channel|Magazine|Review|Press|Television|Radio|Online|Media|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Facebook|Twitter|Instagram|Google|Apple|Microsoft|Amazon|God|Lord|United|Rovers|Wanderers|Albion|Athletic|Hotspur|Guard|Lane|Reef|Sentinel|Amendment|Springs|Gardens|Heights|Falls|Vale|Hills|Memorial|Cemetery|Christmas|Easter|Pro`,
);

/** Titles and role words that may stand before a name and are not part of it. */
const TITLE_WORDS = wordSet(
  'Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|President|Vice|Prime|Minister|Secretary|Chancellor|Premier|Governor|Gov|Senator|Sen|Representative|Rep|Congressman|Congresswoman|Mayor|Judge|Justice|King|Queen|Prince|Princess|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Sheikh|Pastor|Rev|Father|Sister|Brother|General|Gen|Colonel|Col|Major|Maj|Captain|Capt|Lieutenant|Lt|Sergeant|Sgt|Admiral|Adm|Commander|Cmdr|Officer|Detective|Det|Inspector|Insp|Superintendent|Supt|Constable|Commissioner|Sheriff|Corporal|Cpl|Pvt|Brigadier|Chief|Deputy|Ambassador|Director|Chairman|Chairwoman|Chair|Leader|Speaker|Attorney|Coach|Manager|Editor|Former|Then|Acting|Interim|Supreme|Foreign|Defence|Defense|Interior|Finance|Health|State|Ms.|Mr.|Dr.|Herr|Frau|Monsieur|Madame|Mme|Señor|Señora|Président|Ministre',
);

/** A title or role word, with or without its abbreviation dot: "Dr", "Dr.". */
export const isTitleWord = (word: string): boolean =>
  TITLE_WORDS.has(word) ||
  (word.endsWith('.') && TITLE_WORDS.has(word.slice(0, -1))) ||
  // "President-elect", "Attorney-General", "ex-President", "Lieutenant-Colonel"; not "Jean-Pierre".
  (word.includes('-') && word.split('-').some((part) => TITLE_WORDS.has(part)));

/** Demonyms and country adjectives that open a title: "Chinese President", "North Korean leader". */
export const DEMONYMS: Record<string, string> = {
  American: 'United States',
  'U.S.': 'United States',
  US: 'United States',
  British: 'United Kingdom',
  'U.K.': 'United Kingdom',
  UK: 'United Kingdom',
  Chinese: 'China',
  Russian: 'Russia',
  'North Korean': 'North Korea',
  'South Korean': 'South Korea',
  Japanese: 'Japan',
  French: 'France',
  German: 'Germany',
  Italian: 'Italy',
  Spanish: 'Spain',
  Indian: 'India',
  Pakistani: 'Pakistan',
  Iranian: 'Iran',
  Israeli: 'Israel',
  Palestinian: 'Palestine',
  Ukrainian: 'Ukraine',
  Turkish: 'Turkey',
  Syrian: 'Syria',
  Iraqi: 'Iraq',
  Egyptian: 'Egypt',
  Tunisian: 'Tunisia',
  Zimbabwean: 'Zimbabwe',
  'South African': 'South Africa',
  Nigerian: 'Nigeria',
  Kenyan: 'Kenya',
  Canadian: 'Canada',
  Mexican: 'Mexico',
  Brazilian: 'Brazil',
  Argentine: 'Argentina',
  Australian: 'Australia',
  Belarusian: 'Belarus',
  Polish: 'Poland',
  Saudi: 'Saudi Arabia',
  Afghan: 'Afghanistan',
  Taiwanese: 'Taiwan',
  Vietnamese: 'Vietnam',
  Philippine: 'Philippines',
  Sudanese: 'Sudan',
  European: 'European Union',
};

const DEMONYM_WORDS = new Set(Object.keys(DEMONYMS).flatMap((d) => d.split(' ')));

/** Words that open a sentence and are capitalised only for that reason. */
const OPENERS = wordSet(
  'The|A|An|In|On|At|As|But|And|Or|So|If|When|While|After|Before|Since|Despite|Although|Though|For|With|By|From|Meanwhile|However|Still|Yet|Now|Then|This|That|These|Those|It|He|She|They|We|I|His|Her|Their|Our|Its|According|Asked|Speaking|Both|Some|Many|Most|Other|Others|Another|Every|Each|Even|Also|Only|Just|Not|No|Yes|Over|Under|Last|Next|During|Through|Earlier|Later|Today|Yesterday|Tomorrow|Le|La|Les|Un|Une|Der|Die|Das|Ein|Eine|El|Los|Las|Selon|Laut|Según',
);

/** Openers that no name holds, wherever they stand: "Abstract This draft" names no one. */
const NEVER_IN_A_NAME = wordSet('The|This|That|These|Those|It|He|She|They|We|His|Her|Their|Our|Its');

/** "U.S.", "U.K.": capitals each followed by a dot (as /^(?:\p{Lu}\.)+$/u). */
function isInitialism(token: string): boolean {
  if (token.length < 2 || token.length % 2) return false;
  for (let i = 0; i < token.length; i += 2)
    if (token.charCodeAt(i + 1) !== 46 || !(flagsAt(token, i) & UPPER)) return false;
  return true;
}

const hasDigit = (token: string) => {
  for (let i = 0; i < token.length; i++) if (isAsciiDigit(token.charCodeAt(i))) return true;
  return false;
};

/** "NATO", "CNN": two or more capitals and nothing else (as /^\p{Lu}{2,}$/u). */
function isAllCapitals(token: string): boolean {
  let letters = 0;
  for (let i = 0; i < token.length; i += charWidthAt(token, i), letters++)
    if (!(flagsAt(token, i) & UPPER)) return false;
  return letters >= 2;
}

/** A role before a name is a title too: "Defender James Tomkins", "Principal Ian Lambert". */
const ROLE_WORDS = new Set(ROLE_NOUNS.split('|'));

/** A title or a role: "Dr", "President", "goalkeeper" (a place or an outlet before a name is neither). */
export const isTitleOrRole = (word: string) => isTitleWord(word) || ROLE_WORDS.has(word.toLowerCase());

function isTitleToken(token: string, isNonPerson: (text: string) => boolean): boolean {
  const bare = withoutPossessive(token);
  return (
    OPENERS.has(bare) ||
    isTitleOrRole(bare) ||
    DEMONYM_WORDS.has(bare) ||
    isInitialism(bare) ||
    isNonPerson(bare)
  );
}

export interface PersonName {
  /** The name without titles: "Donald Trump". */
  name: string;
  /** Title words the run carried before the name: "Former U.S. President". */
  title: string;
  start: number;
  end: number;
}

/**
 * What a word of a person's name is not spelt like (all capitals is isAllCapitals'): a capital inside
 * it ("NextWork", "XEmacs", "RPCs"; but "McManaman", "DiCaprio", "LeBron", "O'Neill"), three capitals
 * in a row ("NATO’s") or three hyphenated parts ("Access-Control-Allow-Origin").
 */
const SPELT_LIKE_A_PRODUCT =
  /(?<![\p{L}'’])(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}+\p{Ll}+\p{Lu}|\p{Lu}{2,}\p{Ll}|\p{Lu}{3}|\p{L}+-\p{L}+-\p{L}/u;
/** The pattern needs a capital or a hyphen after the first letter: most words have neither, and skip it. */
function speltLikeAProduct(token: string): boolean {
  for (let i = 1; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code === 45 || code > 127) return SPELT_LIKE_A_PRODUCT.test(token);
  }
  return false;
}

/** Splits a run into leading title words and a person's name, or null if the run is no person name. */
function personName(run: NameRun, knownNonPersons: (text: string) => boolean): PersonName | null {
  if (run.tokens.length < 2) return null; // a name has two tokens at least: most runs are one word
  let k = 0;
  while (k < run.tokens.length && isTitleToken(run.tokens[k]!, knownNonPersons)) k++;
  // A title inside the run ("Zimbabwe President Robert Mugabe") ends the title part there.
  for (let i = run.tokens.length - 2; i >= k; i--) {
    if (isTitleWord(withoutPossessive(run.tokens[i]!))) {
      k = i + 1;
      break;
    }
  }
  let nameTokens = run.tokens.slice(k);
  // A possessive inside ends what stands before the name: "Ferrari's Sebastian Vettel", "Dortmund's ...".
  for (let i = nameTokens.length - 2; i >= 0; i--) {
    if (withoutPossessive(nameTokens[i]!) !== nameTokens[i]) {
      nameTokens = nameTokens.slice(i + 1);
      break;
    }
  }
  if (nameTokens.length < 2 || nameTokens.length > 4) return null;
  if (
    nameTokens.some(
      (t) =>
        NOT_PERSON.has(t) ||
        NEVER_IN_A_NAME.has(t) ||
        hasDigit(t) ||
        isAllCapitals(t) ||
        DEMONYM_WORDS.has(t) ||
        speltLikeAProduct(t),
    )
  ) {
    return null;
  }
  const name = withoutPossessive(nameTokens.join(' '));
  // "Russia-North Korea" joins places with a hyphen; a person's name does not.
  if (knownNonPersons(name) || nameTokens.some((t) => t.includes('-') && t.split('-').some(knownNonPersons)))
    return null;
  const title = run.tokens
    .slice(0, k)
    .filter((t) => !OPENERS.has(t))
    .join(' ');
  const start = run.start + run.text.lastIndexOf(name);
  return { name, title, start, end: start + name.length };
}

/** Outlets and places: capitalised runs that are no person ("Business Insider", "North Korea"). */
export const isNotAPerson = (name: string) => isOutlet(name) || isPlace(name);

/** The person a run names, found once for the sources and the digest alike. */
export function personOfRun(run: NameRun): PersonName | null {
  if (run.person === undefined) run.person = personName(run, isNotAPerson);
  return run.person;
}
