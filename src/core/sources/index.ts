import type { ArticleInput, Sentence, Source } from '../types.ts';
import { isOutlet, OUTLETS, type OutletEntry, outletForHost } from './gazetteer.ts';
import { hostOf, outboundLinks, saysNothing } from './links.ts';
import { countUnnamed, findDocuments, findOrganizations } from './others.ts';
import { findOutlets } from './outlets.ts';
import { findPeople } from './people.ts';

export interface SourceList {
  sources: Source[];
  unnamed: number;
}

const ORDER: Record<Source['type'], number> = { outlet: 0, person: 1, organization: 2, document: 3, link: 4 };
/**
 * Names in a tie, alphabetically by their first letter on, case aside ("“Share” buttons" by S, "@Atlas"
 * by A). Not a locale's collation: the first Intl.Collator of a process loads ICU's collation data, 15 ms
 * at every cold start of the worker (in Node here), for a tie-break.
 */
function byName(a: string, b: string): number {
  const x = sortKey(a);
  const y = sortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
const sortKey = (name: string) => name.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();

/** Outlets by their name and aliases, lower-cased (the first outlet wins a name two share). */
const OUTLET_BY_NAME = new Map<string, OutletEntry>();
for (const outlet of OUTLETS)
  for (const name of [outlet.name, ...outlet.aliases])
    if (!OUTLET_BY_NAME.has(name.toLowerCase())) OUTLET_BY_NAME.set(name.toLowerCase(), outlet);

/** The outlet that publishes the page, from its host or its site name. */
function homeOutlet(article: Pick<ArticleInput, 'url' | 'siteName'>): OutletEntry | undefined {
  const host = hostOf(article.url);
  const byHost = host ? outletForHost(host) : undefined;
  if (byHost) return byHost;
  const site = article.siteName?.toLowerCase();
  return site ? OUTLET_BY_NAME.get(site) : undefined;
}

/** The names of the people a source list cites (the digest's "Who" takes them as people). */
export const citedPeople = ({ sources }: Pick<SourceList, 'sources'>): ReadonlySet<string> =>
  new Set(sources.filter((s) => s.type === 'person').map((s) => s.name));

export function findSources(article: ArticleInput, sentences: readonly Sentence[]): SourceList {
  const home = homeOutlet(article);
  const sources: Source[] = [];
  const citing = (indices: number[]) => ({
    mentions: indices.length,
    sentences: [...indices].sort((a, b) => a - b),
  });

  const outlets = new Map<string, Source>();
  for (const hit of findOutlets(sentences, home)) {
    outlets.set(hit.name, { name: hit.name, type: 'outlet', ...citing(hit.sentences) });
  }

  const people = findPeople(sentences);
  for (const person of people) sources.push({ type: 'person', ...person, ...citing(person.sentences) });

  const personNames = new Set(people.flatMap((p) => [p.name, ...p.name.split(' ')]));
  const affiliations = new Set(people.map((p) => p.affiliation).filter((a): a is string => Boolean(a)));
  const taken = (name: string) => isOutlet(name) || personNames.has(name) || affiliations.has(name);
  for (const hit of findOrganizations(sentences, taken)) {
    sources.push({ name: hit.name.replace(/[.,;:]+$/, ''), type: 'organization', ...citing(hit.sentences) });
  }
  // A document is named after who issued it when a cited source stands in the same sentence:
  // "Roscosmos's statement", "Donald Trump's social media post".
  for (const hit of findDocuments(sentences)) {
    const owner = sources.find(
      (s) => s.type !== 'document' && s.sentences.some((i) => hit.sentences.includes(i)),
    );
    const name = owner && !hit.name.includes(owner.name) ? `${owner.name}’s ${hit.name}` : hit.name;
    sources.push({ name, type: 'document', ...citing(hit.sentences) });
  }

  // A link joins the outlet it belongs to when the text cites that outlet, or when it is listed in a
  // Sources section; a body link to another outlet's story is a link, not a cited outlet.
  const bySite = new Map<string, Source>();
  for (const link of outboundLinks(article.links, article.url, sentences)) {
    const outlet = outletForHost(link.domain);
    const cited = outlet ? outlets.get(outlet.name) : undefined;
    if (outlet && (cited || link.inSourcesSection)) {
      const merged: Source = cited ?? { name: outlet.name, type: 'outlet', mentions: 0, sentences: [] };
      merged.url ??= link.url;
      merged.domain ??= link.domain;
      outlets.set(outlet.name, merged);
      continue;
    }
    if (!saysNothing(link.text)) {
      sources.push({
        name: link.text,
        type: 'link',
        url: link.url,
        domain: link.domain,
        ...citing(link.sentences),
      });
      continue;
    }
    // Named by its site, once a site: the sentences that hold "the" say nothing of where the link is.
    if (!bySite.has(link.domain)) {
      const { url, domain } = link;
      bySite.set(domain, { name: domain, type: 'link', url, domain, mentions: 0, sentences: [] });
    }
  }
  sources.push(...bySite.values());

  sources.push(...outlets.values());
  sources.sort((a, b) => ORDER[a.type] - ORDER[b.type] || b.mentions - a.mentions || byName(a.name, b.name));
  return { sources, unnamed: countUnnamed(sentences).length };
}
