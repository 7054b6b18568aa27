import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { type ArticleInput, type ArticleLink, type Block, NutgrafError } from '../core/types.ts';
import { collectBlocks, SOURCES_HEADING } from './blocks.ts';

// Readability over a document, as the content script (live page clone) and the CLI (linkedom) both
// need it: DOM in, plain ArticleInput out. Not in src/core: it needs a DOM, though no browser API.

/** Beyond these, Readability's synchronous parse could freeze the page for seconds (issue 6 budget). */
export const LIMITS = { elements: 150_000, characters: 20_000_000 } as const;

export interface ExtractOptions {
  url: string | null;
  /** Summarize even when Readability thinks the page is not an article. */
  force?: boolean;
}

export function extractArticle(doc: Document, options: ExtractOptions): ArticleInput {
  const elements = doc.getElementsByTagName('*').length;
  const characters = doc.documentElement?.textContent?.length ?? 0;
  if (elements > LIMITS.elements || characters > LIMITS.characters) {
    throw new NutgrafError(
      'too-large',
      `This page is too large to summarize (${elements} elements, ${characters} characters).`,
    );
  }
  if (!options.force && !isProbablyReaderable(doc)) {
    throw new NutgrafError('not-article', 'This page does not look like an article.');
  }
  // A saved page knows its own address: canonical link or og:url, so its own links are not sources.
  const url = options.url ?? canonicalUrl(doc);
  const sourcesLinks = sourcesSectionLinks(doc, url);
  const parsed = new Readability(doc, {
    serializer: (el) => el as unknown as string,
    keepClasses: false,
  }).parse();
  const root = parsed?.content as unknown as Element | undefined;
  if (!parsed || !root) throw new NutgrafError('not-article', 'No article text was found on this page.');
  const blocks: Block[] = [];
  const links: ArticleLink[] = [];
  collectBlocks(root, blocks, links, url);
  const known = new Set(links.map((l) => l.href));
  for (const link of sourcesLinks) if (!known.has(link.href)) links.push(link);
  if (blocks.length === 0) throw new NutgrafError('not-article', 'No article text was found on this page.');
  return {
    title: parsed.title?.trim() || doc.title?.trim() || '',
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    lang: parsed.lang?.trim() || doc.documentElement?.getAttribute('lang') || null,
    url,
    blocks,
    links,
  };
}

/** Links under a "Sources" / "References" / "Further reading" heading, read before Readability prunes them. */
function sourcesSectionLinks(doc: Document, url: string | null): ArticleLink[] {
  const links: ArticleLink[] = [];
  for (const heading of doc.querySelectorAll('h1, h2, h3, h4, h5, h6, strong, b, p')) {
    if (!SOURCES_HEADING.test(heading.textContent?.trim() ?? '')) continue;
    let sibling = heading.nextElementSibling;
    for (
      let i = 0;
      sibling && i < 6 && !/^H[1-6]$/.test(sibling.tagName);
      i++, sibling = sibling.nextElementSibling
    ) {
      for (const a of sibling.querySelectorAll('a[href]')) {
        const href = absolute(a.getAttribute('href'), url);
        if (href) links.push({ href, text: a.textContent?.trim() ?? '', inSourcesSection: true });
      }
    }
  }
  return links;
}

function canonicalUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const href = absolute(candidate ?? null, null);
    if (href && /^https?:/.test(href)) return href;
  }
  return null;
}

export function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}
