import type { Sentence } from '../types.ts';
import { OUTLET_CUE } from './cues.ts';
import { OUTLETS, type OutletEntry } from './gazetteer.ts';

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
const SHAPED =
  /\b(?:the|The)\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:Post|Times|Journal|News|Herald|Tribune|Gazette|Telegraph|Chronicle|Observer|Courier|Examiner|Inquirer|Daily|Express|Mirror|Standard|Independent))\b/gu;

interface CompiledAlias {
  outlet: OutletEntry;
  pattern: RegExp;
}

let compiled: CompiledAlias[] | undefined;

function aliasPatterns(home: OutletEntry | undefined): CompiledAlias[] {
  compiled ??= OUTLETS.flatMap((outlet) =>
    outlet.aliases.map((alias) => ({
      outlet,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'gu'),
    })),
  ).sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  const local = (home?.homeAliases ?? []).map((alias) => ({
    outlet: home!,
    pattern: new RegExp(`(?<![\\p{L}])${escapeRegExp(alias)}(?![\\p{L}])`, 'giu'),
  }));
  return [...local, ...compiled];
}

export function findOutlets(sentences: readonly Sentence[], home: OutletEntry | undefined): OutletHit[] {
  const hits = new Map<string, OutletHit>();
  const add = (name: string, sentence: number) => {
    const hit = hits.get(name) ?? { name, sentences: [] };
    if (!hit.sentences.includes(sentence)) hit.sentences.push(sentence);
    hits.set(name, hit);
  };
  const patterns = aliasPatterns(home);
  for (const sentence of sentences) {
    const text = sentence.text;
    if (!OUTLET_CUE.test(text)) continue;
    const taken: Array<[number, number]> = [];
    for (const { outlet, pattern } of patterns) {
      for (const m of text.matchAll(pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        if (isCredit(text, start, end) || isInsideLongerName(text, start)) continue;
        add(outlet.name, sentence.index);
      }
    }
    for (const m of text.matchAll(SHAPED)) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      if (taken.some(([a, b]) => start < b && start + name.length > a)) continue;
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

/** "Michael Bloomberg" is a person, not the outlet: a capitalised word before the alias extends the name. */
function isInsideLongerName(text: string, start: number): boolean {
  const before = /(\p{Lu}[\p{Ll}]+)\s$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  return (
    before !== undefined && !/^(The|According|As|In|By|From|To|With|Told|And|But|Both|Said)$/.test(before)
  );
}
