import { hasKeyword, keywordGroup } from '../scan.ts';
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
import {
  cachedNameRuns,
  DEMONYMS,
  isNotAPerson,
  isTitleWord,
  personOfRun,
  withoutPossessive,
} from './names.ts';
import { quotesIn } from './quotes.ts';
import { describePerson, ROLE_PHRASE } from './roles.ts';

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
/** "said Patrick Ventrell", "according to Dr. Lee", "said White House spokesman Patrick Ventrell". */
const BEFORE_SPEAKER = new RegExp(
  `(?:${ACCORDING_TO}|${INVERTED_VERB})\\s+(?:(?:the\\s+)?${ROLE_PHRASE}\\s+)?(?:[\\p{Lu}][\\p{L}.’']*\\s+){0,3}$`,
  'u',
);
/** "he said", "“…,” she added": a quotation mark before the pronoun is no letter, so one test covers both. */
const PRONOUN_SPEAKER = new RegExp(`${WB_START}(?:[Hh]e|[Ss]he)\\s+${SPEECH_VERB}${WB_END}`, 'u');
/** PRONOUN_SPEAKER's pronouns: a sentence without either is not scanned for it. */
const PRONOUNS = keywordGroup(['he', 'she']);
/** How many mentions of a person are read for a role and an affiliation. */
const ROLE_MENTIONS = 3;

export function findPeople(sentences: readonly Sentence[]): Person[] {
  const entities = new Entities();
  let lastCited: Entity | undefined;
  let lastCitedSentence = -10;

  for (const sentence of sentences) {
    const text = sentence.text;
    const cue = hasAttributionCue(sentence); // no cue word: no attribution pattern can hold
    const cited: Entity[] = []; // distinct, in order of first citation (a Set per sentence costs more)
    for (const run of cachedNameRuns(sentence)) {
      const full = personOfRun(run);
      let entity: Entity | undefined;
      let at = run.start;
      let end = run.end;
      if (full) {
        entity = entities.named(full.name) ?? entities.add(full.name);
        // Roles are stated where a person is introduced: the first mentions are enough.
        if (entity.salience < ROLE_MENTIONS) describePerson(entity, text, run.start, full.end, full.title);
        at = full.start;
        end = full.end;
      } else {
        const short = shortMention(run.tokens);
        if (!short) continue;
        entity = entities.resolve(short.token);
        if (!entity && short.titled && !isNotAPerson(short.token)) entity = entities.add(short.token);
        if (!entity) continue;
        at = run.start + run.text.lastIndexOf(short.token);
        end = at + short.token.length;
        if (entity.salience < ROLE_MENTIONS) describePerson(entity, text, run.start, end, '');
      }
      entity.salience++;
      if (cue && !cited.includes(entity) && isCitation(text, at, end)) cited.push(entity);
    }
    if (
      cited.length === 0 &&
      lastCited &&
      sentence.index - lastCitedSentence <= 2 &&
      cue &&
      hasKeyword(sentence, PRONOUNS) &&
      PRONOUN_SPEAKER.test(text)
    ) {
      cited.push(lastCited);
    }
    for (const entity of cited) {
      entity.sentences.push(sentence.index);
      entity.mentions++;
      if (cited.length === 1) entity.quotes.push(...quotesIn(text));
      lastCited = entity;
      lastCitedSentence = sentence.index;
    }
  }
  return entities.all
    .filter((e) => e.mentions > 0)
    .map(({ name, role, affiliation, mentions, sentences, quotes }) => {
      const person: Person = { name, mentions, sentences, quotes };
      if (role) person.role = role;
      if (affiliation) person.affiliation = affiliation;
      return person;
    });
}

function shortMention(tokens: string[]): { token: string; titled: boolean } | null {
  const words = tokens.map(withoutPossessive);
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

/** The people met so far, by name and by the tokens a short mention can use (first and last). */
class Entities {
  readonly all: Entity[] = [];
  private readonly byName = new Map<string, Entity>();
  private readonly byToken = new Map<string, Entity[]>();

  named(name: string): Entity | undefined {
    return this.byName.get(name);
  }

  add(name: string): Entity {
    const tokens = name.split(' ');
    const entity: Entity = { name, tokens, salience: 0, mentions: 0, sentences: [], quotes: [] };
    this.all.push(entity);
    this.byName.set(name, entity);
    for (const token of new Set([tokens[0]!, tokens.at(-1)!])) {
      const list = this.byToken.get(token);
      if (list) list.push(entity);
      else this.byToken.set(token, [entity]);
    }
    return entity;
  }

  /** The most mentioned person so far sharing the token as surname or leading family name. */
  resolve(token: string): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.byToken.get(token) ?? []) if (!best || e.salience >= best.salience) best = e;
    return best;
  }
}

function isCitation(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 160);
  if (AFTER_SPEAKER.test(after) || COLON_QUOTE.test(after)) return true;
  return BEFORE_SPEAKER.test(text.slice(Math.max(0, start - 60), start));
}
