import { describe, expect, it } from 'vitest';
import { splitSpans } from '../../src/core/sentences.ts';

const split = (text: string) => splitSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentence splitter', () => {
  it('does not split after titles, initials, or U.S. before a name', () => {
    expect(split('Dr. Smith met Gov. Jones in the U.S. Senate. John F. Kennedy was there.')).toEqual([
      'Dr. Smith met Gov. Jones in the U.S. Senate.',
      'John F. Kennedy was there.',
    ]);
  });

  it('splits after an abbreviation that ends a sentence', () => {
    expect(split('He moved to the U.S. The move was costly.')).toEqual([
      'He moved to the U.S.',
      'The move was costly.',
    ]);
    expect(split('It starts at 9 a.m. The doors open early.')).toEqual([
      'It starts at 9 a.m.',
      'The doors open early.',
    ]);
  });

  it('keeps decimals and mid-sentence ellipses', () => {
    expect(split('Prices rose 3.5 percent. China is willing to... enhance ties.')).toEqual([
      'Prices rose 3.5 percent.',
      'China is willing to... enhance ties.',
    ]);
  });

  it('ends a sentence after a closing quotation, not inside it', () => {
    expect(split('“This will not change,” Xi declared. “China’s celebration is ours.” He smiled.')).toEqual([
      '“This will not change,” Xi declared.',
      '“China’s celebration is ours.”',
      'He smiled.',
    ]);
    expect(split('"Why?" he asked. Nobody knew.')).toEqual(['"Why?" he asked.', 'Nobody knew.']);
  });

  it('ends a sentence after the reference marks that follow its full stop (Wikipedia pages of the corpus)', () => {
    expect(
      split(
        'He donated $500 to the campaign.[30][31] Yagan claims he did not know.[citation needed] It was 1998.[a] Then.',
      ),
    ).toEqual([
      'He donated $500 to the campaign.[30][31]',
      'Yagan claims he did not know.[citation needed]',
      'It was 1998.[a]',
      'Then.',
    ]);
    expect(split('See the list [1] of items. And more.')).toEqual([
      'See the list [1] of items.',
      'And more.',
    ]);
  });

  it('handles the spaced full stops of CNN/DailyMail text', () => {
    expect(split('Scroll down for video . Barack Obama made a stop.')).toEqual([
      'Scroll down for video .',
      'Barack Obama made a stop.',
    ]);
  });

  it('splits Chinese and Japanese text on ideographic full stops', () => {
    expect(split('习近平会见金正恩。双方同意加强合作！')).toEqual([
      '习近平会见金正恩。',
      '双方同意加强合作！',
    ]);
  });
});
