import { hasKeyword, keywordGroupOf } from '../scan.ts';
import { matchesOf } from '../text.ts';
import type { Sentence } from '../types.ts';
import { hasAttributionCue, hasOutletCue } from './cues.ts';
import { OUTLETS, type OutletEntry } from './gazetteer.ts';
import { ORG_WORD } from './others.ts';

// Outlets cited in the text: a gazetteer alias, or an outlet-shaped name ("the Daily Gleaner"), in a
// sentence with an attribution cue. Photo and video credits ("(Reuters)", "AFP/Getty", "AP Photo") are
// not citations. Cost: O(sentences * aliases).

export interface OutletHit {
  name: string;
  sentences: number[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CREDIT_AFTER = /^\s*(?:\/|Photo|Images|Video|file photo|via\b|\))/u;
const CREDIT_BEFORE = /(?:\(|\/|\bvia|Photo:|Credit:|©)\s*$/iu;
const SHAPED_HEADS =
  'Post|Times|Journal|News|Herald|Tribune|Gazette|Telegraph|Chronicle|Observer|Courier|Examiner|Inquirer|Daily|Express|Mirror|Standard|Independent';
/**
 * A capitalized word after the head is the name's too when a clause ends or the outlet reports right
 * after it: "the Daily Gleaner reported", "the New England Journal of Medicine." (not "told the Post Friday").
 */
const SHAPED_TAIL = `(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}’'-]*(?=\\s+(?:reported|reports|said|says|wrote|published|found|noted)\\b|[,.;:)]))?`;
const SHAPED = new RegExp(
  `\\b(?:the|The)\\s+((?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3}(?:${SHAPED_HEADS})\\b${SHAPED_TAIL})`,
  'gu',
);
/**
 * Not an outlet, though shaped like one: a name that runs on past what SHAPED took ("the Daily Echo
 * website" is no "The Daily"; "told the Post Friday" is the Post) or ends as an institution does ("the
 * Post Office").
 */
const SHAPED_RUNS_ON =
  /^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;
const ENDS_AS_INSTITUTION = new RegExp(`\\s${ORG_WORD}$`, 'u');
/** Institutions' head words, not a channel's or service's: "BBC World Service" and "CNN International" report. */
const INSTITUTION_HEAD =
  'Commission|Committee|Office|Institute|Department|Ministry|Agency|Council|Authority|Foundation|Trust|Court|Police|Party|Bank|University';
const INSTITUTION_AFTER = new RegExp(
  `^(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3}\\s+(?:${INSTITUTION_HEAD})(?![\\p{L}])`,
  'u',
);
/** SHAPED needs one of its head words: a sentence without any is not scanned for it. */
const SHAPED_WORDS = keywordGroupOf(SHAPED_HEADS);

/** One alternation of every alias, longest first, so each sentence is scanned once. */
interface AliasMatcher {
  pattern: RegExp;
  outletOf: Map<string, OutletEntry>;
}

let globalMatcher: AliasMatcher | undefined;

/** A word of each alias (home aliases too): a sentence with none names no outlet of the gazetteer. */
const ALIAS_WORDS = keywordGroupOf(...OUTLETS.flatMap((o) => [...o.aliases, ...(o.homeAliases ?? [])]));

function matcher(aliases: Array<[string, OutletEntry]>, flags: string): AliasMatcher {
  const sorted = [...aliases].sort((a, b) => b[0].length - a[0].length);
  const alternation = sorted.map(([alias]) => escapeRegExp(alias)).join('|');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, `g${flags}`),
    outletOf: new Map(
      sorted.map(([alias, outlet]) => [flags.includes('i') ? alias.toLowerCase() : alias, outlet]),
    ),
  };
}

function matchers(home: OutletEntry | undefined): AliasMatcher[] {
  globalMatcher ??= matcher(
    OUTLETS.flatMap((o) => o.aliases.map((alias): [string, OutletEntry] => [alias, o])),
    'u',
  );
  const local = home?.homeAliases?.length
    ? [
        matcher(
          home.homeAliases.map((alias): [string, OutletEntry] => [alias, home]),
          'iu',
        ),
      ]
    : [];
  return [...local, globalMatcher];
}

export function findOutlets(sentences: readonly Sentence[], home: OutletEntry | undefined): OutletHit[] {
  const hits = new Map<string, OutletHit>();
  const add = (name: string, sentence: number) => {
    const hit = hits.get(name) ?? { name, sentences: [] };
    if (!hit.sentences.includes(sentence)) hit.sentences.push(sentence);
    hits.set(name, hit);
  };
  const patterns = matchers(home);
  for (const sentence of sentences) {
    const text = sentence.text;
    if (!hasAttributionCue(sentence) || !hasOutletCue(sentence)) continue;
    const taken: Array<[number, number]> = [];
    for (const { outletOf, pattern } of hasKeyword(sentence, ALIAS_WORDS) ? patterns : []) {
      for (const m of matchesOf(pattern, text)) {
        const start = m.index;
        const end = start + m[0].length;
        const outlet = outletOf.get(m[0]) ?? outletOf.get(m[0].toLowerCase());
        if (!outlet || taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        if (isCredit(text, start, end) || isInsideLongerName(text, start) || namesAnInstitution(text, end))
          continue;
        add(outlet.name, sentence.index);
      }
    }
    for (const m of hasKeyword(sentence, SHAPED_WORDS) ? matchesOf(SHAPED, text) : []) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      if (taken.some(([a, b]) => start < b && start + name.length > a)) continue;
      const end = start + name.length;
      if (
        SHAPED_RUNS_ON.test(text.slice(end)) ||
        ENDS_AS_INSTITUTION.test(name) ||
        namesAnInstitution(text, end)
      )
        continue;
      add(`The ${name}`, sentence.index);
    }
  }
  return [...hits.values()];
}

function isCredit(text: string, start: number, end: number): boolean {
  return (
    CREDIT_AFTER.test(text.slice(end, end + 12)) ||
    CREDIT_BEFORE.test(text.slice(Math.max(0, start - 10), start))
  );
}

/** "the Independent Police Complaints Commission", "the Reuters Institute": the name goes on to an institution's. */
function namesAnInstitution(text: string, end: number): boolean {
  return INSTITUTION_AFTER.test(text.slice(end, end + 80));
}

/** "Michael Bloomberg" is a person, not the outlet: a capitalised word before the alias extends the name. */
function isInsideLongerName(text: string, start: number): boolean {
  const before = /(\p{Lu}[\p{Ll}]+)\s$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  return (
    before !== undefined &&
    !/^(The|According|As|In|By|From|To|With|Told|And|But|Both|Said|Laut|Selon|Según|Per|Via|Wie|Como|Comme)$/.test(
      before,
    )
  );
}
