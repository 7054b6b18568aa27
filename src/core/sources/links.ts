import { normalizeSpace } from '../text.ts';
import type { ArticleLink, Sentence } from '../types.ts';

// Outbound links as sources: http(s) only, deduplicated by URL (without its fragment), minus links to
// the publishing site itself (related stories, tags, author pages).

export interface LinkHit {
  url: string;
  domain: string;
  text: string;
  sentences: number[];
  inSourcesSection: boolean;
}

const SECOND_LEVEL = /^(co|com|org|net|ac|gov|edu|ne|or)$/;

/** The registrable part of a host, near enough without the public-suffix list: news.bbc.co.uk -> bbc.co.uk. */
export function siteOf(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const keep = labels.length > 2 && SECOND_LEVEL.test(labels.at(-2)!) && labels.at(-1)!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
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
  const pageHost = hostOf(pageUrl);
  const pageSite = pageHost ? siteOf(pageHost) : null;
  const byUrl = new Map<string, LinkHit>();
  for (const link of links) {
    const host = hostOf(link.href);
    if (!host) continue;
    if (pageSite && siteOf(host) === pageSite) continue;
    const url = link.href.replace(/#.*$/, '');
    const text = normalizeSpace(link.text);
    const existing = byUrl.get(url);
    if (existing) {
      existing.inSourcesSection ||= link.inSourcesSection;
      continue;
    }
    const citing = text.length >= 3 ? sentences.filter((s) => s.text.includes(text)).map((s) => s.index) : [];
    byUrl.set(url, {
      url,
      domain: host.replace(/^www\./, ''),
      text,
      sentences: citing,
      inSourcesSection: link.inSourcesSection,
    });
  }
  return [...byUrl.values()];
}
