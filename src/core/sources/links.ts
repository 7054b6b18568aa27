import { STOPWORDS } from '../terms.ts';
import { normalizeSpace } from '../text.ts';
import type { ArticleLink, Sentence } from '../types.ts';
import { sentencesHolding } from './holding.ts';

// Outbound links as sources: http(s) only, deduplicated by URL (without its fragment), minus links to
// the publishing site itself (related stories, tags, author pages). The sentences citing each link are
// those that hold its text (holding.ts). Cost: O(links) here, and see holding.ts.

export interface LinkHit {
  url: string;
  domain: string;
  text: string;
  sentences: number[];
  inSourcesSection: boolean;
}

const SECOND_LEVEL = /^(co|com|org|net|ac|gov|edu|ne|or)$/;

/** Sites of the hosts met so far (a page links to few hosts, many times each); bounded. */
const SITES = new Map<string, string>();

/** The registrable part of a host, near enough without the public-suffix list: news.bbc.co.uk -> bbc.co.uk. */
export function siteOf(host: string): string {
  let site = SITES.get(host);
  if (site === undefined) {
    if (SITES.size >= 4096) SITES.clear();
    site = registrablePart(host);
    SITES.set(host, site);
  }
  return site;
}

function registrablePart(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const keep = labels.length > 2 && SECOND_LEVEL.test(labels.at(-2)!) && labels.at(-1)!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * "https://host/..." with a host of lower-case letters, digits, dots and hyphens: the URL parser would
 * return that host unchanged (no IDNA label, no port, no user, no IPv4 number: its last label has a
 * letter and is no hexadecimal "0x" number), so it need not run. Anything else goes to the parser.
 */
const PLAIN_HOST = /^https?:\/\/((?:[a-z0-9-]+\.)*[a-z0-9-]*[a-z][a-z0-9-]*)(?=[/?#]|$)/;
const NOT_PLAIN = /(?:^|\.)xn--|(?:^|\.)0x[0-9a-f]*$/;

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const plain = PLAIN_HOST.exec(url)?.[1];
  if (plain !== undefined && !NOT_PLAIN.test(plain)) return plain;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export function outboundLinks(
  links: readonly ArticleLink[],
  pageUrl: string | null,
  sentences: readonly Sentence[],
): LinkHit[] {
  if (links.length === 0) return [];
  const pageHost = hostOf(pageUrl);
  const pageSite = pageHost ? siteOf(pageHost) : null;
  const byUrl = new Map<string, LinkHit>();
  for (const link of links) {
    const host = hostOf(link.href);
    if (!host) continue;
    if (pageSite && siteOf(host) === pageSite) continue;
    const url = link.href.replace(/#.*$/, '');
    const existing = byUrl.get(url);
    if (existing) {
      existing.inSourcesSection ||= link.inSourcesSection;
      continue;
    }
    byUrl.set(url, {
      url,
      domain: host.replace(/^www\./, ''),
      text: normalizeSpace(link.text),
      sentences: [],
      inSourcesSection: link.inSourcesSection,
    });
  }
  const hits = [...byUrl.values()];
  // A text that says nothing ("the") is no clue to where its link is: not looked for.
  const located = hits.filter((hit) => !saysNothing(hit.text));
  const holding = sentencesHolding(
    sentences,
    located.map((hit) => hit.text),
  );
  for (const hit of located) hit.sentences = [...holding.get(hit.text)!];
  return hits;
}

const STOPWORD_SET: ReadonlySet<string> = new Set(STOPWORDS);

/**
 * A link text that says nothing by itself: none, a URL, or one word in lower case or a function word (an
 * essay that links "the", "views", "In"). Such a link is named by its site.
 */
export function saysNothing(text: string): boolean {
  if (!text || /^https?:/i.test(text)) return true;
  if (/\s/.test(text)) return false;
  return /^[\p{Ll}\d'’.-]+$/u.test(text) || STOPWORD_SET.has(text.toLowerCase());
}
