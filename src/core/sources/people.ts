import type { Sentence } from '../types.ts';
import {
  ACCORDING_TO,
  hasAttributionCue,
  INVERTED_VERB,
  SPEAKER_GAP,
  SPEECH_VERB,
  WB_END,
  WB_START,
} from './cues.ts';
import { cachedNameRuns, DEMONYMS, isTitleWord, personName } from './names.ts';
import { quotesIn } from './quotes.ts';
import { describePerson } from './roles.ts';

// People cited as sources. Pass one walks the article in order, resolving each mention to a person:
// full names open a person; a surname, a title and surname, or a family name that comes first (Xi, Kim)
// resolves to the most mentioned person so far that shares it (most recent on a tie), so "Kim" after
// "Kim Jong Un ... Kim's sister, Kim Yo Jong" stays Kim Jong Un. Two full names never merge.
// A mention is a citation when an attribution pattern holds at its position.
// Cost: O(sentences * names per sentence * people).

export interface Person {
  name: string;
  role?: string;
  affiliation?: string;
  mentions: number;
  sentences: number[];
  quotes: string[];
}

interface Entity extends Person {
  tokens: string[];
  salience: number;
}

const AFTER_SPEAKER = new RegExp(
  `^(?:\\s*,[^,.;:“”"]{1,120},)?${SPEAKER_GAP}\\s+(?:[\\p{Ll}]+\\s+){0,1}?${SPEECH_VERB}${WB_END}`,
  'u',
);
const COLON_QUOTE = /^\s*(?:said|says|wrote|writes|added)?\s*:\s*["“«]/u;
const BEFORE_SPEAKER = new RegExp(
  `(?:${ACCORDING_TO}|${INVERTED_VERB})\\s+(?:[\\p{Lu}][\\p{L}.’']*\\s+){0,3}$`,
  'u',
);
const PRONOUN_SPEAKER = new RegExp(
  `["”»]\\s*,?\\s*(?:he|she)\\s+${SPEECH_VERB}${WB_END}|${WB_START}(?:he|she)\\s+${SPEECH_VERB}${WB_END}`,
  'iu',
);
/** How many mentions of a person are read for a role and an affiliation. */
const ROLE_MENTIONS = 3;

export function findPeople(sentences: readonly Sentence[], isNonPerson: (name: string) => boolean): Person[] {
  const entities: Entity[] = [];
  let lastCited: Entity | undefined;
  let lastCitedSentence = -10;

  for (const sentence of sentences) {
    const text = sentence.text;
    const cue = hasAttributionCue(sentence); // no cue word: no attribution pattern can hold
    const cited = new Set<Entity>();
    for (const run of cachedNameRuns(sentence)) {
      const full = personName(run, isNonPerson);
      let entity: Entity | undefined;
      let at = run.start;
      let end = run.end;
      if (full) {
        entity = entities.find((e) => e.name === full.name);
        if (!entity) {
          entity = {
            name: full.name,
            tokens: full.name.split(' '),
            salience: 0,
            mentions: 0,
            sentences: [],
            quotes: [],
          };
          entities.push(entity);
        }
        // Roles are stated where a person is introduced: the first mentions are enough.
        if (entity.salience < ROLE_MENTIONS) describePerson(entity, text, run.start, full.end, full.title);
        at = full.start;
        end = full.end;
      } else {
        const short = shortMention(run.tokens);
        if (!short) continue;
        entity = resolve(entities, short.token);
        if (!entity && short.titled && !isNonPerson(short.token)) {
          entity = {
            name: short.token,
            tokens: [short.token],
            salience: 0,
            mentions: 0,
            sentences: [],
            quotes: [],
          };
          entities.push(entity);
        }
        if (!entity) continue;
        at = run.start + run.text.lastIndexOf(short.token);
        end = at + short.token.length;
        if (entity.salience < ROLE_MENTIONS) describePerson(entity, text, run.start, end, '');
      }
      entity.salience++;
      if (cue && isCitation(text, at, end)) cited.add(entity);
    }
    if (
      cited.size === 0 &&
      lastCited &&
      sentence.index - lastCitedSentence <= 2 &&
      cue &&
      PRONOUN_SPEAKER.test(text)
    ) {
      cited.add(lastCited);
    }
    for (const entity of cited) {
      entity.sentences.push(sentence.index);
      entity.mentions++;
      if (cited.size === 1) entity.quotes.push(...quotesIn(text));
      lastCited = entity;
      lastCitedSentence = sentence.index;
    }
  }
  return entities
    .filter((e) => e.mentions > 0)
    .map(({ name, role, affiliation, mentions, sentences, quotes }) => {
      const person: Person = { name, mentions, sentences, quotes };
      if (role) person.role = role;
      if (affiliation) person.affiliation = affiliation;
      return person;
    });
}

function shortMention(tokens: string[]): { token: string; titled: boolean } | null {
  const words = tokens.map((t) => t.replace(/[’']s$/u, ''));
  const last = words.at(-1);
  if (!last || !/^\p{Lu}\p{Ll}/u.test(last) || isTitleWord(last)) return null;
  const titled = words.length > 1 && words.slice(0, -1).every((w) => isTitleWord(w) || w in DEMONYMS);
  if (words.length > 1 && !titled) return null;
  return {
    token: last,
    titled:
      titled &&
      /^(Mr|Mrs|Ms|Dr|Prof|Professor|President|Senator|Sen|Gov|Governor|Mayor|Judge)\.?$/.test(words[0]!),
  };
}

/** The most mentioned person so far sharing the token as surname or leading family name. */
function resolve(entities: readonly Entity[], token: string): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) {
    if (e.tokens.at(-1) !== token && e.tokens[0] !== token) continue;
    if (!best || e.salience >= best.salience) best = e;
  }
  return best;
}

function isCitation(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 160);
  if (AFTER_SPEAKER.test(after) || COLON_QUOTE.test(after)) return true;
  return BEFORE_SPEAKER.test(text.slice(Math.max(0, start - 60), start));
}
