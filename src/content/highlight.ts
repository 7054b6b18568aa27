// Runs in the page through executeScript({func}), so it must stay self-contained: no imports, no
// closures. Anchors a text quote (exact text plus the text before and after it) on the live DOM, picks
// the occurrence whose context matches best (not the first one), highlights it with the CSS Custom
// Highlight API (the selection as a fallback) and scrolls to it. Escape clears it.

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export function highlightInPage(quote: TextQuote): { ok: boolean; text: string } {
  const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/;
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  // The page's visible text with runs of white space collapsed, and where each character came from.
  const chars: Array<[Text, number]> = [];
  let text = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && SKIP.test(node.parentElement.tagName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const BLOCK =
    'p,div,li,dt,dd,h1,h2,h3,h4,h5,h6,td,th,blockquote,section,article,aside,header,footer,figcaption,pre';
  let previousBlock: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Block edges read as a space (as extraction reads them); inline edges (links, emphasis) do not.
    const block = node.parentElement?.closest(BLOCK) ?? null;
    if (block !== previousBlock && text && !text.endsWith(' ')) {
      text += ' ';
      chars.push([node, 0]);
    }
    previousBlock = block;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const ch = /\s/.test(value[i]!) ? ' ' : value[i]!;
      if (ch === ' ' && text.endsWith(' ')) continue;
      text += ch;
      chars.push([node, i]);
    }
  }
  const exact = squash(quote.exact).trim();
  const prefix = squash(quote.prefix);
  const suffix = squash(quote.suffix);
  let best = -1;
  let bestScore = -1;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    let score = 0;
    while (score < prefix.length && text[at - 1 - score] === prefix[prefix.length - 1 - score]) score++;
    let after = 0;
    while (after < suffix.length && text[at + exact.length + after] === suffix[after]) after++;
    if (score + after > bestScore) {
      bestScore = score + after;
      best = at;
    }
  }
  if (best < 0) return { ok: false, text: '' };
  const [startNode, startOffset] = chars[best]!;
  const [endNode, endOffset] = chars[best + exact.length - 1]!;
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);

  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (registry && HighlightClass) {
    registry.set('nutgraf', new HighlightClass(range));
    if (!document.getElementById('nutgraf-highlight-style')) {
      const style = document.createElement('style');
      style.id = 'nutgraf-highlight-style';
      style.textContent = '::highlight(nutgraf) { background-color: #ffd43b; color: #111; }';
      document.head.append(style);
    }
  } else {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const marker = globalThis as { __nutgrafEscape?: boolean };
  if (!marker.__nutgrafEscape) {
    marker.__nutgrafEscape = true;
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.delete('nutgraf');
    });
  }
  startNode.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return { ok: true, text: range.toString() };
}
