import type { Sentence } from '../types.ts';
import { ACCORDING_TO, INVERTED_VERB, SPEAKER_GAP, SPEECH_VERB, UB } from './cues.ts';
import { DEMONYMS, nameRuns, personName, TITLE_WORDS } from './names.ts';
import { quotesIn } from './quotes.ts';

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
  `^(?:\\s*,[^,.;:“”"]{1,120},)?${SPEAKER_GAP}\\s+(?:[\\p{Ll}]+\\s+){0,1}?${SPEECH_VERB}${UB}`,
  'u',
);
const COLON_QUOTE = /^\s*(?:said|says|wrote|writes|added)?\s*:\s*["“«]/u;
const BEFORE_SPEAKER = new RegExp(
  `(?:${ACCORDING_TO}|${INVERTED_VERB})\\s+(?:[\\p{Lu}][\\p{L}.’']*\\s+){0,3}$`,
  'u',
);
const PRONOUN_SPEAKER = new RegExp(
  `["”»]\\s*,?\\s*(?:he|she)\\s+${SPEECH_VERB}${UB}|${UB}(?:he|she)\\s+${SPEECH_VERB}${UB}`,
  'iu',
);
const ROLE_NOUNS =
  'president|leader|minister|secretary|spokesman|spokeswoman|spokesperson|chancellor|premier|governor|senator|mayor|' +
  'editor|correspondent|reporter|lecturer|professor|researcher|scientist|analyst|expert|director|chief|head|dean|' +
  'chairman|chairwoman|chair|founder|ceo|executive|official|ambassador|envoy|commander|general|judge|lawyer|attorney|' +
  'economist|historian|astronomer|physicist|geophysicist|oceanographer|fellow|adviser|advisor|strategist|member|' +
  'manager|coach|captain|officer|inspector|ranger|expert|député|ministre|porte-parole|sprecher|sprecherin|portavoz';
const bothCases = (words: string) =>
  words
    .split('|')
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|');
const ROLE_BEFORE = new RegExp(
  `((?:(?:[Ff]ormer|[Tt]hen|\\p{Lu}[\\p{L}.’'-]*|${bothCases('press|deputy|vice|foreign|senior|chief|state|national|security|defense|defence|interior|finance|health|top')})\\s+){0,4}(?:${bothCases(ROLE_NOUNS)}))\\s+$`,
  'u',
);
const APPOSITIVE = new RegExp(
  `^,\\s+((?:a|an|the|one of the|un|une|le|la|der|die|el)\\s+)?([^,;:“”"]{2,110}?)(?:,|\\s+(?:${SPEECH_VERB})${UB})`,
  'iu',
);
const APPOSITIVE_ROLE = new RegExp(`${UB}(?:${ROLE_NOUNS}|of|at|for)${UB}`, 'iu');
const ROLE_AT = /^(.*?)\s+(?:at|of|for|with|from|in|à|de|du|des|bei|von|en)\s+(?:the\s+)?(.+)$/iu;

export function findPeople(sentences: readonly Sentence[], isNonPerson: (name: string) => boolean): Person[] {
  const entities: Entity[] = [];
  let lastCited: Entity | undefined;
  let lastCitedSentence = -10;

  for (const sentence of sentences) {
    const text = sentence.text;
    const cited = new Set<Entity>();
    for (const run of nameRuns(text)) {
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
        describe(entity, text, run.start, full.end, full.title);
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
      }
      entity.salience++;
      if (isCitation(text, at, end)) cited.add(entity);
    }
    if (
      cited.size === 0 &&
      lastCited &&
      sentence.index - lastCitedSentence <= 2 &&
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
  if (!last || !/^\p{Lu}\p{Ll}/u.test(last) || TITLE_WORDS.test(last)) return null;
  const titled = words.length > 1 && words.slice(0, -1).every((w) => TITLE_WORDS.test(w) || w in DEMONYMS);
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

/** Role and affiliation from a title before the name or an appositive after it, first stated wins. */
function describe(entity: Entity, text: string, runStart: number, end: number, title: string): void {
  if (entity.role) return;
  const start = runStart;
  const before = title ? undefined : ROLE_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1];
  const role = [before, title].filter(Boolean).join(' ').trim();
  if (role) {
    entity.role = role.replace(/^(the|The)\s+/, '');
    const demonym = Object.keys(DEMONYMS).find((d) =>
      new RegExp(`(^|\\s)${d.replace(/\./g, '\\.')}(\\s|$)`).test(role),
    );
    if (demonym) entity.affiliation = DEMONYMS[demonym];
    const owner = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)[’']s\s+\S+/u.exec(
      text.slice(Math.max(0, start - 80), start),
    );
    if (!demonym && owner) entity.affiliation = owner[1];
    return;
  }
  const appositive = APPOSITIVE.exec(text.slice(end));
  const phrase = appositive?.[2]?.trim();
  if (!phrase || !APPOSITIVE_ROLE.test(phrase) || /^\p{Lu}/u.test(phrase)) return;
  const split = ROLE_AT.exec(phrase);
  if (split && /^\p{Lu}/u.test(split[2]!)) {
    entity.role = split[1]!;
    entity.affiliation = split[2]!.replace(/[’']s\s.*$/u, '');
    if (entity.affiliation !== split[2])
      entity.role = `${split[1]} of ${split[2]!.replace(/^.*?[’']s\s+/u, 'the ')}`;
  } else {
    entity.role = phrase;
  }
}
