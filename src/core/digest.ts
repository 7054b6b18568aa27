import { DateResolver, MONTH_WORDS, RELATIVE_DAY_WORDS } from './dates.ts';
import { byCount, type Named, PeopleTally } from './digest-people.ts';
import { isFurniture } from './facts.ts';
import { countsOne, numberSpans, withoutDanglingWords } from './numbers.ts';
import { flagsAt, hasKeyword, keywordGroupOf, scanOf, UPPER } from './scan.ts';
import { cachedNameRuns } from './sources/names.ts';
import { isPlace } from './sources/places.ts';
import { matchesOf } from './text.ts';
import type { ArticleInput, DigestItem, Sentence } from './types.ts';

// The "5W" digest beside the facts: the key dates, numbers (with what they count), people and places.
// Every item carries the verbatim span it rests on and its sentence. Cost: one pass over the sentences.

const MAX_PER_KIND = 6;
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};
const SKIP_COUNT = /\b(?:years?|decades?|months?|days?|hours?|minutes?|weeks?|times)$/;
const FACILITY_NAMES =
  'Hall|Square|Palace|Museum|Stadium|Airport|Station|Cathedral|Temple|Church|Mosque|Bridge|Park|Street|Avenue|House|Tower|Base|Hospital';
const FACILITY = new RegExp(`(${FACILITY_NAMES})\\b`, 'u');
const FACILITY_GROUP = keywordGroupOf(FACILITY_NAMES);
const PLACE_RUN =
  /\b(?:at|in|near|outside|inside|from)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+the|of|de|\p{Lu}[\p{L}’'-]*))*)/gu;

/**
 * A line in title case ("Monitoring Distributed Systems", "Photo: Joseph Cox", a list's "Use Median"):
 * its capitalised words are no evidence of a person or a place. Not every heading: some pages set
 * their sentences in heading tags.
 */
function readsAsTitle(sentence: Sentence, blocks: ArticleInput['blocks']): boolean {
  const { starts, capitals } = scanOf(sentence);
  const kind = blocks[sentence.block]?.kind;
  if (starts.length < (kind === 'li' || kind === 'heading' ? 2 : 3)) return false;
  // Too few capitals in all (the first character aside) for most words to start with one: most sentences.
  if (capitals + 1 < 0.8 * starts.length) return false;
  let capitalised = 0;
  for (const at of starts) if (flagsAt(sentence.text, at) & UPPER) capitalised++;
  return capitalised >= 0.8 * starts.length;
}

export function buildDigest(
  sentences: readonly Sentence[],
  { publishedTime, blocks }: Pick<ArticleInput, 'publishedTime' | 'blocks'>,
  /** The names of the people the sources cite. */
  cited: ReadonlySet<string> = new Set(),
): DigestItem[] {
  const dates: DigestItem[] = [];
  const numbers: DigestItem[] = [];
  const people = new PeopleTally();
  const places = new Map<string, Named>();
  const venues = new Map<string, Named>();
  const resolver = new DateResolver(publishedTime);

  const seenDates = new Set<string>();
  const seenNumbers = new Set<string>();

  for (const sentence of sentences) {
    const text = sentence.text;
    if (isFurniture(sentence)) continue; // a byline's date is the publication date, shown in the header
    const { hasDigit } = scanOf(sentence);
    // Each pattern runs only where the words it needs are: most sentences have no date and no number.
    // Only the first MAX_PER_KIND dates and numbers are shown: once found, their patterns stop running.
    // A date needs a digit and a month ("September 4", "4 Sept") or a relative day ("yesterday").
    const mayDate =
      dates.length < MAX_PER_KIND &&
      ((hasDigit && hasKeyword(sentence, MONTH_WORDS)) || hasKeyword(sentence, RELATIVE_DAY_WORDS));
    for (const date of mayDate ? resolver.scan(text) : []) {
      // "Yesterday" with no publication date, "the next day" with no date before it: no date to show.
      if (date.iso === null) continue;
      const value = date.iso;
      if (seenDates.has(value)) continue;
      seenDates.add(value);
      dates.push({ kind: 'date', value, text: date.text, sentence: sentence.index });
    }
    for (const found of numbers.length < MAX_PER_KIND ? numberSpans(sentence) : []) {
      const span = withoutDanglingWords(found.trim());
      if (/^\d{4}$/.test(span) || (SKIP_COUNT.test(span) && !/first in/.test(span)) || countsOne(span))
        continue;
      if (seenNumbers.has(span)) continue;
      seenNumbers.add(span);
      numbers.push({ kind: 'number', value: numericValue(span), text: span, sentence: sentence.index });
    }
    for (const run of readsAsTitle(sentence, blocks) ? [] : cachedNameRuns(sentence)) {
      if (!people.add(run, sentence) && isPlace(run.text))
        count(places, 'place', run.text, run.text, sentence.index);
    }
    const mayVenue = hasKeyword(sentence, FACILITY_GROUP);
    for (const m of mayVenue ? matchesOf(PLACE_RUN, text) : []) {
      const name = m[1]!;
      if (FACILITY.test(name)) count(venues, 'place', name.replace(/^The\s/, 'the '), name, sentence.index);
    }
  }
  const top = (items: Iterable<Named>, n: number) => [...items].sort(byCount).slice(0, n);
  const inOrder = (items: Array<Named>) =>
    items
      .sort((a, b) => a.sentence - b.sentence)
      .map(({ kind, value, text, sentence }): DigestItem => ({ kind, value, text, sentence }));
  // Where it happened: the venues named ("the Great Hall of the People") beside the most named places.
  const where = [...top(venues.values(), 2), ...top(places.values(), MAX_PER_KIND)].slice(0, MAX_PER_KIND);
  return [
    ...dates.slice(0, MAX_PER_KIND),
    ...numbers.slice(0, MAX_PER_KIND),
    ...inOrder(people.mostNamed(MAX_PER_KIND, cited, sentences)),
    ...inOrder(where),
  ];
}

function count(
  items: Map<string, Named>,
  kind: DigestItem['kind'],
  value: string,
  text: string,
  sentence: number,
): void {
  const existing = items.get(value);
  if (existing) existing.count++;
  else items.set(value, { kind, value, text, sentence, count: 1 });
}

/** The number a span states: "over 95% of its total trade" -> "95%", "their first in six years" -> "6 years". */
function numericValue(span: string): string {
  const first = /first in (\w+) (\w+)/.exec(span);
  if (first) return `${NUMBER_WORDS[first[1]!] ?? first[1]} ${first[2]}`;
  const digits = /[$€£¥]?\s?\d[\d,.]*(?:st|nd|rd|th|%)?/.exec(span)?.[0];
  if (digits) return digits.replace(/\s/g, '');
  const word =
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|dozen)\b/.exec(
      span,
    )?.[1];
  return word ? String(NUMBER_WORDS[word]) : span;
}
