import { DIGIT, flagsAt, isAsciiLetter, LETTER, scanOf } from './scan.ts';
import { GIVEN_NAMES, GIVEN_NAMES_THAT_ARE_WORDS } from './sources/given-names.ts';
import { isTitleOrRole, type NameRun, personOfRun, withoutPossessive } from './sources/names.ts';
import { isPlace } from './sources/places.ts';
import { ENGLISH_STOPWORDS, STOPWORDS } from './terms.ts';
import type { DigestItem, Sentence } from './types.ts';

// The digest's "Who": the people an article names most, each with evidence that the capitalised words
// name a person at all.

/**
 * Function words that open no name ("All I", "Why Monitor", "Across Scotland"), but for those that
 * are names or parts of one too ("Will Smith", "Do Kwon", "De Gaulle", "Le Pen").
 */
const NAME_WORDS = new Set(
  'will do an may long min le la les de du des el los las y der die das van von al'.split(' '),
);
const OPENS_NO_NAME = new Set(STOPWORDS.filter((w) => !NAME_WORDS.has(w)));
/** English ones only: "Kim Jong Un" and "Son" end names in other languages' function words. */
const ENDS_NO_NAME = new Set(ENGLISH_STOPWORDS.filter((w) => !NAME_WORDS.has(w)));

/**
 * "Fiona Parry", not "All I", "Terminology The" or "Serie A": a name neither opens nor ends with a
 * function word, opens with no compound of lower-case words, and ends with no lone letter ("Client B",
 * "Xbox One X", "Charles R.").
 */
function mayNameSomeone(name: string): boolean {
  const first = name.slice(0, name.indexOf(' '));
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return (
    !OPENS_NO_NAME.has(first.toLowerCase()) &&
    !/-\p{Ll}{4}/u.test(first) && // "One-year-old Bol", "Doncaster-born Rose"; not "Adina-lee Vincent"
    !ENDS_NO_NAME.has(last.toLowerCase()) &&
    !/^\p{Lu}\.?$/u.test(last)
  );
}

let givenNames: ReadonlySet<string> | undefined;
let namesThatAreWords: ReadonlySet<string> | undefined;
const isAscii = (word: string) => {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
};

/**
 * The list's spelling of a given name, or undefined: "Jean-Pierre" counts by its first part (the list
 * has few hyphenated names), "Jérémy" is looked up as "Jeremy" (the list is unaccented).
 */
function givenName(word: string): string | undefined {
  givenNames ??= new Set(GIVEN_NAMES.split(' '));
  const hyphen = word.indexOf('-');
  const name = hyphen < 0 ? word : word.slice(0, hyphen);
  if (givenNames.has(name)) return name;
  const plain = isAscii(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return givenNames.has(plain) ? plain : undefined;
}

/** "Will", "Mark": a given name that is also a word, so the article may use it as one. */
function isAlsoAWord(name: string): boolean {
  namesThatAreWords ??= new Set(GIVEN_NAMES_THAT_ARE_WORDS.split(' '));
  return namesThatAreWords.has(name);
}

/** A lone capitalised word inside a sentence, no article before it: "Monis said", not "the Observer". */
function readsAsSurname(text: string, start: number): boolean {
  if (start === 0) return false;
  const space = start - 1;
  if (text.charCodeAt(space) !== 32) return true;
  let begin = space;
  while (begin > 0 && space - begin <= 3 && isAsciiLetter(text.charCodeAt(begin - 1))) begin--;
  if (space - begin > 3 || (begin > 0 && isAsciiLetter(text.charCodeAt(begin - 1)))) return true;
  const before = text.slice(begin, space).toLowerCase();
  return before !== 'a' && before !== 'an' && before !== 'the';
}

export type Named = DigestItem & { count: number };

/**
 * Counts the people the runs name. Two capitalised words are a person in the "Who" only with evidence
 * that they name one, as a reader would want it: the sources cite them, a title or role stands before
 * them ("President", "Dr", "Chelsea goalkeeper"), their last word stands alone elsewhere ("Monis
 * said") after a given name or a first word the article uses in no lower case, or the first is a
 * given name the article does not also use as a word ("Will", "Mark" count only where "will" and
 * "mark" do not occur). Without it, two capitalised words are as often a product, a team or a heading
 * ("Bookmarks Toolbar", "Aston Villa", "Quiet Passion") as a person.
 */
export class PeopleTally {
  /**
   * By name; null for a run that names no one ("All I"), so each name is judged once. `opensOnly`:
   * every mention opens its sentence, where any word is capitalised ("Actor Al Pacino").
   */
  private readonly people = new Map<string, (Named & { titled: boolean; opensOnly: boolean }) | null>();
  /** Capitalised words that stand alone as a run: a surname used on its own ("Monis said"). */
  private readonly standalone = new Set<string>();

  /** Counts the run if it names someone; false if it is no person's name. */
  add(run: NameRun, sentence: Sentence): boolean {
    if (run.tokens.length === 1 && readsAsSurname(sentence.text, run.start)) this.standalone.add(run.text);
    const person = personOfRun(run);
    if (!person) return false;
    const { name } = person;
    let entry = this.people.get(name);
    const opens = opensSentence(sentence.text, person.start);
    if (entry === undefined) {
      entry = mayNameSomeone(name)
        ? {
            kind: 'person',
            value: name,
            text: name,
            sentence: sentence.index,
            count: 0,
            titled: false,
            opensOnly: opens,
          }
        : null;
      this.people.set(name, entry);
    }
    if (entry === null) return false;
    entry.count++;
    entry.opensOnly &&= opens;
    if (!entry.titled && person.title !== '') entry.titled = hasTitle(person.title);
    return true;
  }

  /**
   * The `n` people named most often that have evidence; `cited`: the names the sources cite. A given
   * name that is also a word is checked against the article's words, in one pass, for the 2n likeliest
   * candidates only (the rest could seldom be shown).
   */
  mostNamed(n: number, cited: ReadonlySet<string>, sentences: readonly Sentence[]): Named[] {
    // Copies: the tally stays as counted. `known`: a title or the sources vouch for the name.
    const tallied: Tallied[] = [];
    for (const p of this.people.values()) {
      if (p === null) continue;
      const { kind, value, text, sentence, count, opensOnly } = p;
      tallied.push({ kind, value, text, sentence, count, opensOnly, known: p.titled || cited.has(value) });
    }
    const ranked = withOpenersMerged(withMiddleNamesMerged(tallied)).sort(byCount);
    /**
     * `unlessWord`: the first word (as the given-name list spells it), lower-cased: the person goes if
     * the article uses it as a word.
     */
    const chosen: Array<{ person: Named; unlessWord?: string }> = [];
    let strong = 0;
    let unsure = 0;
    for (const person of ranked) {
      if (strong >= n) break;
      const name = person.value;
      if (person.known) {
        chosen.push({ person });
        strong++;
        continue;
      }
      const surname = name.slice(name.lastIndexOf(' ') + 1);
      const first = name.slice(0, name.indexOf(' '));
      const given = givenName(first);
      // A surname alone elsewhere vouches for a given name, and for a first word no list knows ("Habib
      // Essid") unless the article uses it in lower case ("Status Controller"); a given name alone
      // vouches unless it is also a word the article uses ("Will", "Mark").
      const surnameAlone = this.standalone.has(surname) && !isPlace(surname);
      if (given !== undefined && (surnameAlone || !isAlsoAWord(given))) {
        chosen.push({ person });
        strong++;
      } else if ((given !== undefined || surnameAlone) && unsure < 2 * n) {
        chosen.push({ person, unlessWord: (given ?? first).toLowerCase() });
        unsure++;
      }
    }
    const asked = new Set(chosen.flatMap((c) => c.unlessWord ?? []));
    const usedAsWord = asked.size ? lowerCaseUses(sentences, asked) : asked;
    return chosen
      .filter((c) => c.unlessWord === undefined || !usedAsWord.has(c.unlessWord))
      .slice(0, n)
      .map((c) => c.person);
  }
}

type Tallied = Named & { known: boolean; opensOnly: boolean };

/** Nothing but quotes, brackets or dashes before `start`: the name opens its sentence. */
function opensSentence(text: string, start: number): boolean {
  if (start > 3) return false;
  for (let i = 0; i < start; i++) if (flagsAt(text, i) & (LETTER | DIGIT)) return false;
  return true;
}

/**
 * A name that only ever opens its sentence, with a word before a name the article also names alone
 * ("Actor Al Pacino", "Commuter Amanda Curtis" beside "Al Pacino", "Amanda Curtis"), is that name: at a
 * sentence's start a role or an adjective is capitalised too.
 */
function withOpenersMerged(people: Tallied[]): Tallied[] {
  const openers = people.filter((p) => p.opensOnly && p.value.indexOf(' ') !== p.value.lastIndexOf(' '));
  if (openers.length === 0) return people;
  const byName = new Map(people.map((p) => [p.value, p]));
  const merged = new Set<Tallied>();
  for (const person of openers) {
    const rest = byName.get(person.value.slice(person.value.indexOf(' ') + 1));
    if (!rest || merged.has(rest)) continue;
    rest.count += person.count;
    rest.known ||= person.known;
    merged.add(person);
  }
  return merged.size ? people.filter((p) => !merged.has(p)) : people;
}

/**
 * One person named with and without a middle name ("James Eagan Holmes", "James Holmes") counts once,
 * under the form named most: the shorter name's words are the longer one's, in order, with the same
 * first and last word ("Michael Brown Sr" is another man), and no other name is longer in that way.
 */
function withMiddleNamesMerged(people: Tallied[]): Tallied[] {
  // Most names are two words: only those of three or more can hold a middle name. Each name is then
  // compared only with the few longer ones that share its first and last word.
  const isLong = (name: string) => name.indexOf(' ') !== name.lastIndexOf(' ');
  if (!people.some((p) => isLong(p.value))) return people;
  const byEnds = new Map<string, Array<{ person: Tallied; words: string[] }>>();
  for (const person of people) {
    if (!isLong(person.value)) continue;
    const words = person.value.split(' ');
    const ends = `${words[0]} ${words.at(-1)}`;
    const group = byEnds.get(ends);
    if (group) group.push({ person, words });
    else byEnds.set(ends, [{ person, words }]);
  }
  // A two-word name is its own first and last word.
  for (const person of people) {
    if (!isLong(person.value)) byEnds.get(person.value)?.push({ person, words: person.value.split(' ') });
  }
  const merged = new Set<Tallied>();
  for (const group of byEnds.values()) {
    if (group.length > 1) mergeInto(group, merged);
  }
  return merged.size ? people.filter((p) => !merged.has(p)) : people;
}

/** Within names that share their first and last word: each short one into its one fuller form. */
function mergeInto(group: Array<{ person: Tallied; words: string[] }>, merged: Set<Tallied>): void {
  for (const { person, words } of group) {
    const fuller = group.filter((o) => o.words.length > words.length && isSubsequence(words, o.words));
    if (fuller.length !== 1) continue;
    const into = fuller[0]!.person;
    if (person.count > into.count) {
      into.value = into.text = person.value;
      into.sentence = person.sentence; // where that form is first named
    }
    into.count += person.count;
    into.known ||= person.known;
    merged.add(person);
  }
}

const isSubsequence = (short: readonly string[], long: readonly string[]) => {
  let k = 0;
  for (const word of long) if (word === short[k]) k++;
  return k === short.length;
};

/** Most named first, then first named first. */
export const byCount = (a: Named, b: Named) => b.count - a.count || a.sentence - b.sentence;

/**
 * Which of `words` (lower case, ASCII initial: the list is unaccented) the sentences hold in lower case.
 * One pass over the words, each compared only with the asked words of its initial and length.
 */
function lowerCaseUses(sentences: readonly Sentence[], words: ReadonlySet<string>): Set<string> {
  const byInitial: string[][] = Array.from({ length: 26 }, () => []);
  for (const word of words) byInitial[word.charCodeAt(0) - 97]?.push(word);
  const used = new Set<string>();
  for (const sentence of sentences) {
    const { words: lower, starts } = scanOf(sentence);
    for (let i = 0; i < lower.length; i++) {
      const initial = sentence.text.charCodeAt(starts[i]!) - 97;
      // No lower-case ASCII initial; checked first, as reading outside the array is slow.
      if (initial < 0 || initial > 25) continue;
      const asked = byInitial[initial]!;
      if (asked.length === 0) continue;
      const word = lower[i]!;
      for (const candidate of asked)
        if (candidate.length === word.length && candidate === word) used.add(word);
    }
    if (used.size === words.size) break; // every asked word is used: nothing left to find
  }
  return used;
}

/** A title or role word before the name: "President Xi Jinping", "Defender James Tomkins". */
const hasTitle = (title: string) => title.split(' ').some((t) => isTitleOrRole(withoutPossessive(t)));
