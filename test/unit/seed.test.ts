import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from '../../src/cli/load.ts';
import { articleFromText } from '../../src/core/plain-text.ts';
import { summarize } from '../../src/core/summarize.ts';
import { SEED_NOT_SOURCES, SEED_SOURCES } from '../fixtures/seed-expectations.ts';

// The reference article, as a realistic news page (test/fixtures) and as the plain text it came from.

const fixtures = resolve(import.meta.dirname, '../fixtures');
const page = fromHtml(
  readFileSync(resolve(fixtures, 'kim-xi-summit.html'), 'utf8'),
  'https://dailymeridian.example/world/kim-xi-summit',
);
const plain = articleFromText(readFileSync(resolve(fixtures, 'kim-xi-summit.txt'), 'utf8'));

describe.each([
  ['news page', page],
  ['plain text', plain],
])('seed article as %s', (_label, article) => {
  const summary = summarize(article, { length: 'medium' });
  const names = summary.sources.map((s) => s.name);

  it('has five facts, verbatim, in article order, including the September 4, 2025 Xi-Kim meeting', () => {
    expect(summary.facts).toHaveLength(5);
    for (const fact of summary.facts) expect(summary.sentences[fact.sentence]!.text).toContain(fact.text);
    const order = summary.facts.map((f) => f.sentence);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(
      summary.facts.some(
        (f) => /September 4, 2025/.test(f.text) && /Xi Jinping/.test(f.text) && /Kim Jong Un/.test(f.text),
      ),
    ).toBe(true);
  });

  it('lists the outlets and the named experts it cites', () => {
    for (const name of SEED_SOURCES) {
      expect(names).toContain(name);
    }
    expect(summary.sources.find((s) => s.name === 'Associated Press')?.type).toBe('outlet');
    expect(summary.sources.find((s) => s.name === 'Edward Howell')).toMatchObject({
      type: 'person',
      role: 'lecturer',
      affiliation: 'University of Oxford',
    });
  });

  it('does not list places, events or people only mentioned', () => {
    for (const name of [...SEED_NOT_SOURCES, 'Pyongyang', 'World War II']) {
      expect(names).not.toContain(name);
    }
  });

  it('counts mentions as the sentences that cite a source', () => {
    for (const source of summary.sources) expect(source.mentions).toBe(source.sentences.length);
    expect(summary.sources.find((s) => s.name === 'Zhu Feng')!.mentions).toBeGreaterThanOrEqual(1);
  });
});

describe('repeated text', () => {
  it('never gives the same sentence twice as two facts', () => {
    const line =
      'The city council voted on Tuesday to expand the tram network by twelve kilometres, the mayor said.';
    const other = 'Opponents argued that the money would be better spent on buses in the outer districts.';
    const summary = summarize(articleFromText([line, other, line, line].join('\n')), { length: 'long' });
    expect(summary.facts.map((f) => f.sentence)).toEqual([0, 1]); // the repeats at 2 and 3 are skipped
    expect(line).toContain(summary.facts[0]!.text);
  });
});

describe('seed page metadata', () => {
  it('reads title, byline, site, date and language from the page', () => {
    expect(page).toMatchObject({
      title: 'Kim Jong Un And Xi Jinping Pledge Stronger Ties In Beijing',
      byline: 'Mei Lin Sato',
      siteName: 'The Daily Meridian',
      publishedTime: '2025-09-05T08:30:00Z',
      lang: 'en',
    });
  });

  it('keeps the links of the Sources section and merges them with their outlets', () => {
    const summary = summarize(page);
    expect(summary.sources.find((s) => s.name === 'Reuters')?.url).toMatch(/^https:\/\/www\.reuters\.com\//);
    expect(summary.sources.find((s) => s.name === 'South China Morning Post')?.domain).toBe('scmp.com');
    expect(summary.sources.filter((s) => s.type === 'link')).toEqual([]); // every Sources link is an outlet's
  });
});
