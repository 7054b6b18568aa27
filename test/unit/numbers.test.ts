import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberSpans, withoutDanglingWords } from '../../src/core/numbers.ts';
import { articleFromText } from '../../src/core/plain-text.ts';
import { splitSentences } from '../../src/core/sentences.ts';

// The digest's numbers were one pattern; numbers.ts finds the same spans faster (two patterns, the
// quantifier read backwards). The one pattern is the reference here.
/** Each word of an alternation with a capital initial too (a sentence may open with it). */
const capitalised = (alternation: string) =>
  alternation.replace(/(^|\|)(\w)/g, (_, bar, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
const QUANTIFIER = `(?:(?:${capitalised('over|more than|less than|fewer than|about|nearly|almost|around|at least|up to|some|roughly')})\\s+)?`;
const COUNT_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundreds|thousands|dozens';
const LINKS =
  '(?!(?:and|but|nor|after|before|since|when|while|if|than|then|on|at|by|with|from|for|as|is|was|are|were|be|been|has|had|have|who|which|that)(?![\\p{L}]))';
const ONE_PATTERN = new RegExp(
  [
    `${QUANTIFIER}\\d(?:[\\d,.]*\\d)?\\s*(?:%|percent|per cent)(?:\\s+of\\s+(?:[\\p{L}'’-]+\\s+){0,3}[\\p{L}'’-]+)?`,
    `${QUANTIFIER}[$€£¥]\\s?\\d(?:[\\d,.]*\\d)?(?:\\s+(?:million|billion|trillion|thousand))?`,
    `(?:[Tt]he\\s+)?\\d+(?:st|nd|rd|th)\\s+${LINKS}[\\p{Ll}]+`,
    `(?:${capitalised('their|its|his|her|the')})\\s+first\\s+in\\s+(?:\\d+|[\\p{Ll}]+)\\s+(?:years?|decades?|months?)`,
    `${QUANTIFIER}(?:(?<![\\d,.])(?!(?:19|20)\\d\\d(?!\\d|[,.]\\d))\\d(?:[\\d,.]*\\d)?|(?<![\\p{L}\\p{N}])(?:${capitalised(COUNT_WORDS)}))(?:\\s+(?:million|billion|thousand))?\\s+(?:other\\s+)?(?:${LINKS}[\\p{Ll}-]+\\s+){0,2}(?:(?!(?:was|has|his|its|this|does|yes|perhaps|whereas|always|sometimes|towards|afterwards|besides|hers|ours|yours|theirs)(?![\\p{L}]))[\\p{Ll}-]{2,}(?<![su])s|people|men|women|children)(?![\\p{L}])`,
  ].join('|'),
  'gu',
);

const TRICKY = [
  'About 300 people saw 2017 hiring trends and 1999 cars. The 3rd round drew 2,000 fans.',
  'Their first in two decades came after At least 5 firms and Some 20 other teams quit.',
  'Moreover 5 people came, and about the 5th place went to over $5 million and more than 40 percent of voters.',
  'It was their first in 10 years and six more cars, the 80th anniversary of the 3rd rounds.',
  'Some six people and nearly 300 pilot whales, up to  12 other big ships, A380 planes and 1,000th visitors.',
  'Her first in six months; at least €300 for about ten thousand people; often written reports; 26 other foreign leaders.',
  'Another first in two decades: 95% of its total trade, 2.5 per cent of the vote and fewer than 3 seats.',
];

describe('number spans', () => {
  it('are the spans the one pattern found, on tricky sentences and the seed', () => {
    const seed = readFileSync(resolve(import.meta.dirname, '../fixtures/kim-xi-summit.txt'), 'utf8');
    let spans = 0;
    for (const sentence of splitSentences(articleFromText([...TRICKY, seed].join('\n\n')).blocks)) {
      const expected = [...sentence.text.matchAll(ONE_PATTERN)].map((m) => m[0]);
      expect(numberSpans(sentence)).toEqual(expected);
      spans += expected.length;
    }
    expect(spans).toBeGreaterThan(20);
  });

  it('take a quantifier and an ordinal\'s "the" before the number', () => {
    const [sentence] = splitSentences(
      articleFromText(
        'They sold over 95% of it, and the 80th anniversary drew some 60 visitors and six people.',
      ).blocks,
    );
    expect(numberSpans(sentence!)).toEqual([
      'over 95% of it',
      'the 80th anniversary',
      'some 60 visitors',
      'six people',
    ]);
  });

  it('count plurals only, and numbers end at their last digit', () => {
    // From the CNN/DM texts and the corpus: an age in apposition, a function word or a singular in -ss
    // or -us is nothing counted, and a comma or full stop after a number is punctuation.
    const [sentence] = splitSentences(
      articleFromText(
        'Parata, 75, has scored four goals in his career for $1,200, one of his rivals said of the 404 status and two pounds less.',
      ).blocks,
    );
    expect(numberSpans(sentence!)).toEqual(['four goals', '$1,200', 'one of his rivals', 'two pounds']);
  });

  it('end a count before a linking word: what follows it is not what is counted', () => {
    // From the CNN/DM texts and the corpus.
    const [sentence] = splitSentences(
      articleFromText(
        'She won gold in 2008 and two bronzes, finished 12th and then one in six women and two or three stories, 683 calories and contains.',
      ).blocks,
    );
    expect(numberSpans(sentence!)).toEqual([
      'two bronzes',
      'one in six women',
      'two or three stories',
      '683 calories',
    ]);
  });

  it("end a percentage's of-phrase before its first function word or after its plural head, as the digest shows them", () => {
    // From the CNN/DM texts and the corpus: the pattern takes four words after "of", whatever they are.
    expect(
      [
        '15 percent of the personnel at the',
        '81 percent of overweight boys and',
        'more than 10 per cent of the entire size of',
        '70 per cent of his body after two',
        'over 95% of its total trade',
        '20% of all voters',
        '92.8% of them were male',
        '10 per cent of it',
        '5%',
        '95% of tasks begin execution within',
        '71 percent of overweight girls believe',
        '60% of Americans say they',
      ].map(withoutDanglingWords),
    ).toEqual([
      '15 percent of the personnel',
      '81 percent of overweight boys',
      'more than 10 per cent of the entire size',
      '70 per cent of his body',
      'over 95% of its total trade',
      '20% of all voters',
      '92.8%',
      '10 per cent',
      '5%',
      '95% of tasks',
      '71 percent of overweight girls',
      '60% of Americans',
    ]);
  });
});
