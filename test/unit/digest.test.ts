import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DateResolver } from '../../src/core/dates.ts';
import { articleFromText } from '../../src/core/plain-text.ts';
import { summarize } from '../../src/core/summarize.ts';
import type { ArticleInput } from '../../src/core/types.ts';

const seed = summarize(
  articleFromText(readFileSync(resolve(import.meta.dirname, '../fixtures/kim-xi-summit.txt'), 'utf8')),
);
const of = (kind: string) => seed.digest.filter((d) => d.kind === kind);

describe('5W digest of the seed article', () => {
  it('resolves the dates, relative ones against the dates around them', () => {
    expect(of('date').map((d) => [d.text, d.value])).toEqual([
      ['September 4, 2025', '2025-09-04'],
      ['September 2', '2025-09-02'],
      ['The following day', '2025-09-03'],
    ]);
  });

  it('finds the numbers with what they count', () => {
    const spans = of('number').map((d) => d.text);
    for (const span of [
      'the 80th anniversary',
      '26 other foreign leaders',
      'over 95% of its total trade',
      'their first in six years',
    ]) {
      expect(spans).toContain(span);
    }
    expect(of('number').find((d) => d.text === 'their first in six years')?.value).toBe('6 years');
  });

  it('names the people and places, including the venue', () => {
    expect(of('person').map((d) => d.value)).toEqual(
      expect.arrayContaining(['Kim Jong Un', 'Xi Jinping', 'Vladimir Putin', 'Kim Yo Jong']),
    );
    expect(of('place').map((d) => d.value)).toEqual(
      expect.arrayContaining(['Beijing', 'the Great Hall of the People']),
    );
  });

  it('keeps every item verbatim in its sentence', () => {
    for (const item of seed.digest) expect(seed.sentences[item.sentence]!.text).toContain(item.text);
  });
});

describe("the digest's people and places", () => {
  it('counts a name with and without its middle name once, and a compound opener is no name', () => {
    // After CNN/DM dev texts 11 and 99.
    const text = [
      'James Eagan Holmes appeared in court in Colorado on Monday, his lawyers said.',
      'Prosecutors say James Holmes planned the attack for months before he went to the cinema.',
      'James Holmes sat still as the judge read the charges, and Holmes did not speak.',
      'One-year-old Bol and his sisters were rescued, and Bol is now recovering in hospital.',
    ].join('\n\n');
    const digest = summarize(articleFromText(text)).digest;
    expect(digest.filter((d) => d.kind === 'person').map((d) => d.value)).toEqual(['James Holmes']);
    expect(digest.filter((d) => d.kind === 'place').map((d) => d.value)).toContain('Colorado');
  });

  it('reads a capitalised word opening a sentence before a name named alone as no part of it', () => {
    // After CNN/DM dev texts 78 and 107.
    const text = [
      'Actor Al Pacino arrived at the premiere on Friday evening with his family.',
      'The crowd cheered as Al Pacino waved. Skipper Ron Vlaar watched from the side of the stage.',
      'Later Ron Vlaar said that Al Pacino had been kind to everyone at the event.',
    ].join('\n\n');
    const people = summarize(articleFromText(text))
      .digest.filter((d) => d.kind === 'person')
      .map((d) => [d.value, d.text]);
    expect(people).toEqual([
      ['Al Pacino', 'Al Pacino'],
      ['Ron Vlaar', 'Ron Vlaar'],
    ]);
  });

  it('names no product spelt with inner capitals or hyphenated parts, nor a town before a quote mark', () => {
    // After dropbox-blog, ietf-1, CNN/DM 22 and 137; each name has the evidence of a title.
    const text = [
      'Engineer NextWork RPCs said the calls were slow, and then Dr Panadol ActiFast said so too.',
      'Director Modified Access-Control-Allow-Origin was blamed, and Professor Kevin O’Neill agreed.',
      'They drove to the town known as ‘Alice Springs.’ Professor Leonardo DiCaprio said it was hot.',
    ].join('\n\n');
    const people = summarize(articleFromText(text))
      .digest.filter((d) => d.kind === 'person')
      .map((d) => d.value);
    expect(people).toEqual(['Kevin O’Neill', 'Leonardo DiCaprio']);
  });
});

describe('date resolution', () => {
  it('reads yesterday against the publication date and dates without a year from it', () => {
    const resolver = new DateResolver('2024-03-15T10:00:00Z');
    expect(resolver.scan('Police said yesterday that the March 2 fire was arson.').map((d) => d.iso)).toEqual(
      ['2024-03-14', '2024-03-02'],
    );
    expect(resolver.scan('The day after, 4 April 2023, talks resumed.').map((d) => d.iso)).toEqual([
      '2024-03-03',
      '2023-04-04',
    ]);
  });

  it('reads dates only as whole words', () => {
    // From the corpus: a year read as a day ("September 20" for September 2015), a word as a month and
    // a weekday as a relative day ("Friday afternoon", "Tuesday before").
    const resolver = new DateResolver('2015-10-01');
    const scan = (text: string) => resolver.scan(text).map((d) => [d.text, d.iso]);
    expect(scan('It began in September 2015, not on September 20.')).toEqual([
      ['September 2015', '2015-09'],
      ['September 20', '2015-09-20'],
    ]);
    expect(scan('About 10 Decisions, 12 Mariners and 5 Junes.')).toEqual([]);
    expect(scan('On Friday afternoon and on Tuesday before the vote, his birthday after all.')).toEqual([]);
    expect(scan("Yesterday's talks, held 4 Sept. and 5 Jan.")).toEqual([
      ['Yesterday', '2015-09-30'],
      ['4 Sept.', '2015-09-04'],
      ['5 Jan.', '2015-01-05'],
    ]);
  });

  it('shows a relative day only as the date it is: never "today" without a publication date', () => {
    const text =
      'Police said yesterday that the fire was arson. Today the mayor spoke. The next day, officials met. Talks on March 2, 2024 failed, and resumed the day after.';
    const dates = (publishedTime: string | null) =>
      summarize({ ...articleFromText(text), publishedTime })
        .digest.filter((d) => d.kind === 'date')
        .map((d) => [d.text, d.value]);
    expect(dates(null)).toEqual([
      ['March 2, 2024', '2024-03-02'],
      ['the day after', '2024-03-03'],
    ]);
    expect(dates('2024-02-10T09:00:00Z')).toEqual([
      ['yesterday', '2024-02-09'],
      ['Today', '2024-02-10'],
      ['The next day', '2024-02-11'],
      ['March 2, 2024', '2024-03-02'],
      ['the day after', '2024-03-03'],
    ]);
  });

  it('shows no count of one but in a ratio, a range or a large number, and no span of time', () => {
    const text =
      'One of the reasons was cost, and one needs time. One in six women agreed with one or two friends, ' +
      'as one million people did for three decades, and at least one expert believes it.';
    const numbers = summarize(articleFromText(text)).digest.filter((d) => d.kind === 'number');
    expect(numbers.map((n) => n.text)).toEqual([
      'One in six women',
      'one or two friends',
      'one million people',
    ]);
  });

  it('counts number words only as whole words', () => {
    // Real corpus sentences: "often" holds "ten", "someone" holds "one".
    const text =
      'Bloggers often deflect accusations of bias in written reports. Someone knocks at the door. ' +
      'Sales fell after two advertisers pulled out of the deal, and three sponsors followed.';
    const numbers = summarize(articleFromText(text)).digest.filter((d) => d.kind === 'number');
    expect(numbers.map((n) => n.text)).toEqual(['two advertisers', 'three sponsors']);
  });
});

describe('digest people', () => {
  it('leave a role before the name out of it (CNN/DM dev texts)', () => {
    const { digest } = summarize(
      articleFromText(
        'Defender James Tomkins has undergone shoulder surgery and hopes to be in contention again before the end of the season.',
      ),
    );
    expect(digest.filter((d) => d.kind === 'person').map((d) => d.value)).toEqual(['James Tomkins']);
  });

  it('are told from outlets as the sources tell them: an outlet before a name is no part of it', () => {
    const { digest } = summarize(
      articleFromText(
        'Rescuers pulled two survivors from the rubble on Monday, CNN’s Joe Sutton reported from the scene. ' +
          'Business Insider reported that the building had failed two inspections before the collapse.',
      ),
    );
    const people = digest.filter((d) => d.kind === 'person').map((d) => d.value);
    expect(people).toEqual(['Joe Sutton']);
  });

  it('end a name at a possessive: what stands before it is no part of the name (CNN/DM dev texts)', () => {
    const { digest } = summarize(
      articleFromText(
        "Ferrari's Sebastian Vettel won the race in Malaysia on Sunday. " +
          "He thanked the team before the podium, and read Woman's Weekly on the flight home.",
      ),
    );
    const people = digest.filter((d) => d.kind === 'person').map((d) => d.value);
    expect(people).toEqual(['Sebastian Vettel']);
  });

  it('are not read from lines in title case, runs a function word opens or an "I" ends, clubs, competitions or firms (corpus pages)', () => {
    const blocks: ArticleInput['blocks'] = [
      // Some pages set whole sentences in heading tags: a heading that reads as a sentence still counts.
      {
        kind: 'heading',
        text: 'Fiona Parry issued a plea for people to stay away from pills containing the chemical.',
      },
      { kind: 'heading', text: 'Monitoring Distributed Systems' },
      { kind: 'caption', text: 'Photo: Joseph Cox' },
      { kind: 'li', text: 'Use Median' },
      {
        kind: 'p',
        text: 'All I wanted was a quiet week, she said. Should Henthorn be believed, the rope had been cut.',
      },
      // Clubs, grounds, reefs, towns and laws are named like people ("Manchester United", "Alice Springs").
      {
        kind: 'p',
        text: 'Manchester United beat West Bromwich Albion at White Hart Lane, near Mischief Reef. Alice Springs and the Eighth Amendment were next.',
      },
      // Competitions, firms, temples, holidays and products too ("Aviva Premiership side Bath").
      {
        kind: 'p',
        text: 'He has agreed a deal with Aviva Premiership side Bath, after the Heineken Championship. Silego Technology sold a Kit Kat Christmas box at the Isis-Urania Temple, and Meta Quest Pro headsets.',
      },
    ];
    const article: ArticleInput = { ...articleFromText('x'), title: 'Pills', blocks };
    const people = summarize(article)
      .digest.filter((d) => d.kind === 'person')
      .map((d) => d.value);
    expect(people).toEqual(['Fiona Parry']);
  });

  it('need evidence that two capitalised words name someone: a title, a citation, a surname alone, a given name', () => {
    const text = [
      'President Xi Jinping opened the Bookmarks Toolbar fair on Monday with Nicole Kidman.',
      'Aluel Manyang, who runs the fair, counted the stands. The crowd cheered for Manyang at noon.',
      '"We will be back next year," said Thabo Sefolosha.',
      'Mark Watson set a mark for others to follow, and Client B fell short of Serie A. Photos by Charles R. and the crew.',
    ].join(' ');
    const people = summarize(articleFromText(text))
      .digest.filter((d) => d.kind === 'person')
      .map((d) => d.value);
    expect(people.sort()).toEqual(['Aluel Manyang', 'Nicole Kidman', 'Thabo Sefolosha', 'Xi Jinping']);
  });

  it('read a surname alone as evidence only if the first word is no word the article uses in lower case', () => {
    // From the corpus (dropbox-blog): "Heartbeat and Status Controller" beside a lone "Controller" and a
    // lower-case "status".
    const text = [
      'The Status Controller restarts failed tasks, and Habib Essid approved the design.',
      'Each time, Controller records the status of the task. Essid said the design was sound.',
    ].join(' ');
    const people = summarize(articleFromText(text))
      .digest.filter((d) => d.kind === 'person')
      .map((d) => d.value);
    expect(people).toEqual(['Habib Essid']);
  });
});
