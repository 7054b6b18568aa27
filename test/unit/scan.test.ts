import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalyzedSentence, countWords, hasKeyword, memoBySentence, scanText } from '../../src/core/scan.ts';
import {
  ALWAYS_ABBREVIATIONS,
  SENTENCE_STARTERS,
  splitSentences,
  splitSpans,
} from '../../src/core/sentences.ts';
import { cachedNameRuns, nameRuns, PARTICLES } from '../../src/core/sources/names.ts';
import { ORG_PATTERNS } from '../../src/core/sources/others.ts';
import { matchesInStretches } from '../../src/core/sources/stretches.ts';
import { matchesOf } from '../../src/core/text.ts';
import type { Sentence } from '../../src/core/types.ts';

// The character-table scanners replaced Unicode-property regexes for speed; these properties hold them
// to the regexes they replaced, on random text mixing the cases that differ: accents and combining
// marks, apostrophes, dots and hyphens inside words, digits, CJK, astral letters, odd spaces.

const fragment = fc.constantFrom(
  ...[
    'the',
    'The',
    'said',
    'Kim',
    'Jong',
    'Un',
    'U.S.',
    'Mr.',
    'de',
    'van',
    'bin',
    'la',
    'O’Neill',
    "l'annonce",
  ],
  ...['é', 'É', 'ß', 'ñ', 'e\u0301', 'İ', 'ǅ', 'ʼ', '漢字', 'かな', '한국', '𝐀', '𝐚', '😀', '٣', '²'],
  ...[
    ' ',
    ' ',
    ' ',
    '\u00a0',
    '\t',
    '\n',
    "'",
    '’',
    '.',
    '-',
    ',',
    '"',
    '(',
    ')',
    '3',
    '2025',
    '3.5',
    '1,000',
  ],
);
const text = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** nameRuns as it was written with a regex tokenizer: the specification of the table-driven one. */
function regexNameRuns(sentence: string): Array<{ text: string; start: number }> {
  const TOKEN = /[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Ll}][\p{L}'’-]*|\d[\d.,]*|\S/gu;
  const runs: Array<{ text: string; start: number }> = [];
  const tokens = [...sentence.matchAll(TOKEN)];
  let i = 0;
  while (i < tokens.length) {
    if (!/^\p{Lu}/u.test(tokens[i]![0])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const gap = sentence.slice(tokens[j - 1]!.index + tokens[j - 1]![0].length, tokens[j]!.index);
      if (gap !== ' ') break;
      if (/^\p{Lu}/u.test(tokens[j]![0])) j++;
      else if (PARTICLES.has(tokens[j]![0]) && tokens[j + 1] && /^\p{Lu}/u.test(tokens[j + 1]![0])) j++;
      else break;
    }
    const raw = sentence.slice(tokens[i]!.index, tokens[j - 1]!.index + tokens[j - 1]![0].length);
    // Every trailing mark goes: "Springs.’" is "Springs".
    const name = /(?:^|\s)(?:\p{Lu}\.)+$/u.test(raw) ? raw : raw.replace(/(?:['’]s?|\.)+$/u, '');
    runs.push({ text: name, start: tokens[i]!.index });
    i = j;
  }
  return runs;
}

/** The splitter's boundary tests as they were written with regexes: the specification of the loops. */
function regexSplitSpans(text: string): Array<{ start: number; end: number }> {
  const TERMINATOR = /([.!?…]+|[。！？]+)(["”’'»)\]]*)\s+|[。！？]+["”’」』]*/gu;
  const spans: Array<{ start: number; end: number }> = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) spans.push({ start, end });
  };
  const boundary = (at: number, terminator: string, next: number) => {
    if (/[。！？]/.test(terminator)) return true;
    const following = text.slice(next, next + 40);
    if (/\p{Ll}/u.test(following.replace(/^["“‘«([]+/, '')[0] ?? '')) return false;
    if (terminator !== '.') return true;
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
    if (word === '') return true;
    if (ALWAYS_ABBREVIATIONS.has(word.replace(/\./g, '').toLowerCase()) && !word.includes('.')) return false;
    if (/^\p{Lu}$/u.test(word)) return false;
    if (word.includes('.'))
      return SENTENCE_STARTERS.has(/^[\p{L}']+/u.exec(following)?.[0]?.toLowerCase() ?? '');
    return true;
  };
  let start = 0;
  for (const match of text.matchAll(TERMINATOR)) {
    const next = match.index + match[0].length;
    if (next >= text.length) break;
    if (!boundary(match.index, match[1] ?? match[0], next)) continue;
    push(start, match.index + match[0].trimEnd().length);
    start = next;
  }
  push(start, text.length);
  return spans;
}

describe('character-table scanners', () => {
  it('find the words the word regex finds, lower-cased in the context of the text, and the capitals', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase();
        const expected = [...t.matchAll(WORD)].map((m) =>
          lower.length === t.length ? lower.slice(m.index, m.index + m[0].length) : m[0].toLowerCase(),
        );
        expect(scanText(t).words).toEqual(expected);
        expect(scanText(t).capitals).toBe(t.slice(1).match(/\p{Lu}/gu)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('count words as the reading time did: each CJK character one word', () => {
    fc.assert(
      fc.property(text, (t) => {
        const cjk = t.match(CJK)?.length ?? 0;
        const expected = cjk + (t.replace(CJK, ' ').match(WORD)?.length ?? 0);
        expect(scanText(t).wordCount).toBe(expected);
        expect(countWords(t)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('cut name runs as the regex tokenizer did', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(nameRuns(t).map(({ text: name, start }) => ({ text: name, start }))).toEqual(regexNameRuns(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('give a sentence without inner capitals the runs the full tokenizer gives', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(cachedNameRuns(new AnalyzedSentence(0, 0, 0, t.length, t))).toEqual(nameRuns(t));
      }),
      { numRuns: 2000 },
    );
    for (const t of [
      'Lorem ipsum dolor.',
      'U.S. troops left.',
      'ipsum Dolor.',
      ' Lorem',
      'Ça va.',
      '’Tis so.',
    ])
      expect(cachedNameRuns(new AnalyzedSentence(0, 0, 0, t.length, t))).toEqual(nameRuns(t));
  });

  it('find the matches matchAll finds, empty ones and astral characters included', () => {
    const patterns = [/\p{Lu}\p{Ll}+/gu, /a*/gu, /(?:)/gu, /[\p{L}]*/gu, /(\d+)[.,]?/g, /(^|\s)‘|’(\s|$)/g];
    fc.assert(
      fc.property(text, fc.constantFrom(...patterns), (t, pattern) => {
        const found = matchesOf(pattern, t).map((m) => [m.index, ...m]);
        expect(found).toEqual([...t.matchAll(pattern)].map((m) => [m.index, ...m]));
        expect(pattern.lastIndex).toBe(0);
      }),
      { numRuns: 2000 },
    );
    expect(() => matchesOf(/x/, 'x')).toThrow(TypeError);
  });

  it('split sentences where the regex boundary tests did', () => {
    const piece = fc.oneof(
      fragment,
      fc.constantFrom(
        '. ',
        '? ',
        '! ',
        '… ',
        '.” ',
        '。',
        '！',
        ' Dr. ',
        ' Gov.',
        ' U.S. ',
        'a.m.',
        ' F. ',
        ' “',
        ' (',
        ' he ',
        ' The ',
        '𝐀. ',
        '𝐚',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        (t) => {
          expect(splitSpans(t)).toEqual(regexSplitSpans(t));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('searching stretches around key words', () => {
  it('finds the matches that matchAll finds over the whole sentence, for each pattern searched so', () => {
    const piece = fc.constantFrom(
      ...[
        'The',
        'the',
        'Tuva',
        'government',
        'Ministry',
        'of',
        'Health',
        'NASA',
        'Acme',
        'Corp.',
        'O’Brien',
        'AT&T',
      ],
      ...[
        'police',
        'said',
        'told',
        'has',
        'also',
        'was quoted',
        'saying',
        'said in a statement',
        'announced',
      ],
      ...['according to', 'group', 'Project', 'Jonah', 'a souligné', 'l’Arcep', 'officials', 'regional'],
      ...['(Acme said', '(the police told', 'said3', 'told2'], // a bracket opening a match, a digit after a verb
      ...[' ', ' ', ' ', ' ', '  ', '\u00a0', ',', '.', '“', '”', '(', ')', '3', ';', 'e\u0301', '𝐀', '-'],
    );
    const sentence = fc
      .array(piece, { maxLength: 30 })
      .map((parts) => parts.join(''))
      .map((t) => new AnalyzedSentence(0, 0, 0, t.length, t));
    const found = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m[1]]);
    const same = (s: Sentence) => {
      for (const [pattern, keys, stretched] of ORG_PATTERNS) {
        if (!stretched) continue;
        const everywhere = hasKeyword(s, keys) ? s.text.matchAll(pattern) : [];
        expect(found(matchesInStretches(s, pattern, keys))).toEqual(found(everywhere));
      }
    };
    // A digit right after a verb that another key word's stretch holds; a bracket that opens a match.
    for (const t of ['Acme told NASA said3 more', 'Reuters (NASA said it', 'x,(the police told us'])
      same(new AnalyzedSentence(0, 0, 0, t.length, t));
    fc.assert(fc.property(sentence, same), { numRuns: 2000 });
  });
});

describe('per-sentence memo', () => {
  it('computes once per sentence of a split, again for a new split, every time for a plain object', () => {
    let calls = 0;
    const length = memoBySentence((s) => {
      calls++;
      return s.text.length;
    });
    const blocks = [{ text: 'One sentence here. Another one there.', kind: 'p' as const }];
    const first = splitSentences(blocks);
    expect(first[0]).toBeInstanceOf(AnalyzedSentence);
    for (let k = 0; k < 3; k++) first.forEach(length);
    expect(calls).toBe(2);
    splitSentences(blocks).forEach(length);
    expect(calls).toBe(4); // a benchmark's next run is never served from the last one
    const plain: Sentence = { index: 0, block: 0, start: 0, end: 3, text: 'One' };
    length(plain);
    length(plain);
    expect(calls).toBe(6);
    // The memo is no property: what crosses JSON or a message is a plain sentence.
    expect(JSON.parse(JSON.stringify(first[0]))).toEqual({
      index: 0,
      block: 0,
      start: 0,
      end: 18,
      text: 'One sentence here.',
    });
    expect(structuredClone(first[0])).toEqual(JSON.parse(JSON.stringify(first[0])));
  });
});
