import { keywordGroup } from './scan.ts';
import { matchesOf } from './text.ts';
// Dates in article text and what they mean: "September 4, 2025" is 2025-09-04; "September 2" takes its
// year from the publication date or the last full date before it; "the following day" is the day after
// the date mentioned last; "yesterday" is relative to the publication date. Cost: one scan per sentence.

export interface DateMention {
  text: string;
  start: number;
  /** ISO date (YYYY-MM-DD), or YYYY-MM / YYYY when that is all the text says; null when unknown. */
  iso: string | null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
// Whole words only: without the edges "September 2015" read as September 20, "10 Decisions" as 10
// December and "Monday before" as "day before".
const DATE = new RegExp(
  `\\b(?:${[
    `${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, // September 4, 2025 / September 2
    `(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`, // 4 September 2025
    `${MONTH}\\s+(\\d{4})`, // September 2025
    '((?:[Tt]he\\s+)?(?:following|next|previous)\\s+day|(?:[Tt]he\\s+)?day\\s+(?:before|after)|[Yy]esterday|[Tt]oday|[Tt]omorrow)',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Words without one of which DATE cannot match: a month's (DATE then needs a digit too), or a day's. */
export const MONTH_WORDS = keywordGroup([
  ...MONTHS,
  ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
]);
export const RELATIVE_DAY_WORDS = keywordGroup(['day', 'yesterday', 'today', 'tomorrow']);

const monthIndex = (name: string) =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`;

function shift(isoDate: string, days: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Finds and resolves the dates of sentences given in article order. */
export class DateResolver {
  private lastFull: string | null = null;
  private last: string | null = null;
  private readonly published: string | null;

  constructor(publishedTime: string | null) {
    const parsed = publishedTime ? new Date(publishedTime) : null;
    this.published = parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 10) : null;
  }

  scan(text: string): DateMention[] {
    const found: DateMention[] = [];
    for (const m of matchesOf(DATE, text)) {
      const value = this.resolve(m);
      if (value) this.last = value;
      if (value && value.length === 10 && (m[3] || m[6])) this.lastFull = value;
      found.push({ text: m[0], start: m.index, iso: value });
    }
    return found;
  }

  private year(): number | null {
    const reference = this.lastFull ?? this.published;
    return reference ? Number(reference.slice(0, 4)) : null;
  }

  private resolve(m: RegExpMatchArray): string | null {
    if (m[1] && m[2]) return this.day(m[1], Number(m[2]), m[3]);
    if (m[4] && m[5]) return this.day(m[5], Number(m[4]), m[6]);
    if (m[7] && m[8]) return `${m[8]}-${pad(monthIndex(m[7]) + 1)}`;
    const relative = m[9]?.toLowerCase() ?? '';
    if (/following|next|after/.test(relative)) return this.last ? shift(this.last, 1) : null;
    if (/previous|before/.test(relative)) return this.last ? shift(this.last, -1) : null;
    if (!this.published) return null;
    if (relative === 'yesterday') return shift(this.published, -1);
    if (relative === 'tomorrow') return shift(this.published, 1);
    return this.published;
  }

  private day(month: string, day: number, year: string | undefined): string | null {
    const index = monthIndex(month);
    const y = year ? Number(year) : this.year();
    if (index < 0 || day < 1 || day > 31) return null;
    return y === null ? `--${pad(index + 1)}-${pad(day)}` : iso(y, index, day);
  }
}
