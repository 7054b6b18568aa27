import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/sentences.ts';
import { tagFact } from '../../src/core/tags.ts';
import { trimSpan } from '../../src/core/trim.ts';
import type { Sentence } from '../../src/core/types.ts';

// Trims and tags run each pattern only where the sentence has what it needs (a bracket, a dash, a verb,
// a digit, a key word); these cases hold a matching sentence next to a near miss for each pattern.

/** The one sentence of a text, as splitSentences makes it (with its memoized scan). */
function sentence(text: string): Sentence {
  const [only, ...rest] = splitSentences([{ text, kind: 'p' }]);
  expect(rest).toEqual([]);
  return only!;
}

const trimmed = (text: string, clauseAfterWords = 30) => {
  const { start, end } = trimSpan(sentence(text), { clauseAfterWords });
  return text.slice(start, end);
};

describe('trimming a fact to its main clause', () => {
  it('drops a wire dateline and a capitals dateline with a dash', () => {
    expect(
      trimmed('LONDON, England (CNN) -- The prime minister resigned on Tuesday after a long revolt.'),
    ).toBe('The prime minister resigned on Tuesday after a long revolt.');
    expect(trimmed('WASHINGTON — The Senate passed the spending bill late on Friday night.')).toBe(
      'The Senate passed the spending bill late on Friday night.',
    );
    // A hyphen is no dateline dash.
    expect(trimmed('WASHINGTON - The Senate passed the spending bill late on Friday night.')).toBe(
      'WASHINGTON - The Senate passed the spending bill late on Friday night.',
    );
  });

  it('drops a leading connective', () => {
    expect(trimmed('However, the rescue teams reached the village before dawn.')).toBe(
      'the rescue teams reached the village before dawn.',
    );
  });

  it('drops a trailing attribution when the claim keeps eight words', () => {
    expect(
      trimmed('The bridge had been closed to traffic for three weeks before the collapse, police said.'),
    ).toBe('The bridge had been closed to traffic for three weeks before the collapse');
    expect(
      trimmed('Two ministers resigned over the handling of the floods, according to state television.'),
    ).toBe('Two ministers resigned over the handling of the floods');
    expect(trimmed('The bridge was closed, police said.')).toBe('The bridge was closed, police said.');
    // No attribution verb: nothing to drop.
    expect(
      trimmed('The bridge had been closed to traffic for three weeks before the collapse, police noted.'),
    ).toBe('The bridge had been closed to traffic for three weeks before the collapse, police noted.');
  });

  it('cuts a long sentence before a trailing clause once fifteen words stand before it', () => {
    const text =
      'The regional government approved the new budget for schools, roads and hospitals in the north of the country, ' +
      'while opposition parties walked out of the chamber in protest at the late changes to the plan.';
    expect(trimmed(text)).toBe(
      'The regional government approved the new budget for schools, roads and hospitals in the north of the country',
    );
    expect(trimmed(text, 0)).toBe(text);
    // The first clause comes too early (five words); the cut falls at the next one.
    const early =
      'The mayor met the families, who had waited for hours outside the town hall in the rain and cold of the night, ' +
      'while the council debated the plan for the flooded streets behind closed doors.';
    expect(trimmed(early)).toBe(
      'The mayor met the families, who had waited for hours outside the town hall in the rain and cold of the night',
    );
  });
});

describe('tagging a fact', () => {
  const tags = (text: string) => tagFact(sentence(text));

  it('tags dates and numbers, and a date alone is no number', () => {
    expect(tags('The summit opened on June 4 in the capital.')).toEqual(['date']);
    expect(tags('The talks resumed on Monday and ended late tonight in the capital.')).toEqual(['date']);
    expect(tags('The talks resumed this morning in the capital.')).toEqual([]);
    expect(tags('The summit drew 26 leaders to the capital last week.')).toEqual(['date', 'number']);
    expect(tags('The vote was lost by three members of the committee.')).toEqual(['number']);
    expect(tags('Prices rose by a third, to €5 a litre, in the spring.')).toEqual(['number']);
    expect(tags('Prices rose sharply in the spring across the region.')).toEqual([]);
  });

  it('tags people, places, organizations and quotes', () => {
    expect(tags('The talks were led by Edward Howell and a team of envoys.')).toEqual(['person']);
    expect(tags('Mr Smith was not at the meeting of the committee.')).toEqual(['person']);
    expect(tags('The delegation flew to Beijing for the talks.')).toEqual(['place']);
    expect(tags('The Ministry of Health issued new guidance to the clinics.')).toEqual(['organization']);
    expect(tags('He called the deal “a historic step” for the region.')).toEqual(['quote']);
  });
});
