import { normalizeSpace } from '../core/text.ts';
import type { ArticleLink, Block } from '../core/types.ts';

// Walks Readability's article element into text blocks that keep the page's paragraph breaks, and the
// article's links with their anchor text. Cost: one pass over the article's nodes.

export const SOURCES_HEADING =
  /^(sources?|references?|further reading|bibliography|read more|learn more|quellen|fuentes|références|sources et références)\s*:?$/i;

const BLOCK_KIND: Record<string, Block['kind']> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'li',
  DT: 'li',
  DD: 'li',
  BLOCKQUOTE: 'quote',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
};
const BLOCK_TAGS = new Set([
  ...Object.keys(BLOCK_KIND),
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'UL',
  'OL',
  'DL',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'HR',
  'BR',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

export function collectBlocks(
  root: Element,
  blocks: Block[],
  links: ArticleLink[],
  base: string | null,
): void {
  let buffer = '';
  let kind: Block['kind'] = 'p';
  let inSources = false;
  const flush = () => {
    const text = normalizeSpace(buffer);
    buffer = '';
    if (!text) return;
    if (kind === 'heading') inSources = SOURCES_HEADING.test(text);
    // A Sources list is links, not article text: its links are kept, its lines are not sentences.
    if (!inSources || kind === 'heading') blocks.push({ text, kind });
  };
  const walk = (node: Node, currentKind: Block['kind']) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        buffer += child.nodeValue ?? '';
        kind = currentKind;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'A') recordLink(el, links, base, inSources);
      if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(el, BLOCK_KIND[tag] ?? (currentKind === 'heading' ? 'p' : currentKind));
        flush();
      } else {
        walk(el, currentKind);
      }
    }
  };
  walk(root, 'p');
  flush();
}

function recordLink(el: Element, links: ArticleLink[], base: string | null, inSourcesSection: boolean): void {
  const raw = el.getAttribute('href');
  if (!raw) return;
  try {
    const href = new URL(raw, base ?? undefined).href;
    links.push({ href, text: normalizeSpace(el.textContent ?? ''), inSourcesSection });
  } catch {
    // A relative link on a page without a base URL, or a malformed href: not a usable source.
  }
}
