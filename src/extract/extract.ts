import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { type ArticleInput, type ArticleLink, type Block, NutgrafError } from '../core/types.ts';
import { collectBlocks, SOURCES_HEADING } from './blocks.ts';

// Readability over a document, as the content script (live page clone) and the CLI (linkedom) both
// need it: DOM in, plain ArticleInput out. Not in src/core: it needs a DOM, though no browser API.

/** Beyond these, Readability's synchronous parse could freeze the page for seconds (issue 6 budget). */
export const LIMITS = {
  elements: 150_000,
  characters: 20_000_000,
  markup: 30_000_000,
  depth: 1_500,
} as const;

export interface ExtractOptions {
  url: string | null;
  /** Summarize even when Readability thinks the page is not an article. */
  force?: boolean;
  /** checkSize ran on this document or on the one it clones (the content script: on the live page). */
  sizeChecked?: boolean;
}

export function extractArticle(doc: Document, options: ExtractOptions): ArticleInput {
  if (!options.sizeChecked) checkSize(doc);
  try {
    return parseArticle(doc, options);
  } catch (error) {
    // A backstop for trees deep enough to exhaust the stack despite the depth check.
    if (error instanceof RangeError)
      throw new NutgrafError('too-large', 'This page is nested too deeply to read.');
    throw error;
  }
}

/** Refuses what would freeze the page: too many elements, too much text, too deep a tree. */
export function checkSize(doc: Document): void {
  const elements = doc.querySelectorAll('*').length; // linkedom answers 0 to getElementsByTagName('*')
  const characters = doc.documentElement?.textContent?.length ?? 0;
  if (elements > LIMITS.elements || characters > LIMITS.characters) {
    throw new NutgrafError(
      'too-large',
      `This page is too large to summarize (${elements} elements, ${characters} characters).`,
    );
  }
  // No deeper than it has elements: most pages (1,500 elements or fewer) skip the walk, 4 ms in a cold page.
  if (elements > LIMITS.depth && treeDepth(doc, LIMITS.depth) > LIMITS.depth) {
    throw new NutgrafError(
      'too-large',
      `This page is nested too deeply to read (over ${LIMITS.depth} levels).`,
    );
  }
}

/** Readability's test counts characters; a CJK character carries about a word, so its text needs fewer. */
function readerable(doc: Document): boolean {
  if (isProbablyReaderable(doc)) return true;
  const sample = doc.body?.textContent?.slice(0, 5000) ?? '';
  const cjk =
    sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return cjk > sample.length * 0.3 && isProbablyReaderable(doc, { minContentLength: 40, minScore: 8 });
}

/**
 * Depth of the element tree, stopping once past `limit`: a walk down first children, across siblings
 * and back up parents, so no stack and nothing allocated (it runs on the live page, in a cold script).
 */
export function treeDepth(doc: Document, limit: number): number {
  const root = doc.documentElement;
  if (!root) return 0;
  let deepest = 1;
  let depth = 1;
  let el: Element | null = root;
  while (el) {
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return deepest;
}

function parseArticle(doc: Document, options: ExtractOptions): ArticleInput {
  if (!doc.documentElement || !doc.body) throw new NutgrafError('not-article', 'This page is empty.');
  if (!options.force && !readerable(doc)) {
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
