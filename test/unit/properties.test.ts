import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/core/plain-text.ts';
import { summarize } from '../../src/core/summarize.ts';
import { NutgrafError } from '../../src/core/types.ts';
import { checkSize, extractArticle, LIMITS, treeDepth } from '../../src/extract/extract.ts';

// Property tests over random text and HTML: the core never throws anything but a typed error, and its
// output keeps its invariants (facts are verbatim text of their sentence, indices in range, every
// source has evidence).

const word = fc.oneof(
  fc.constantFrom(
    'the',
    'said',
    'Reuters',
    'according',
    'to',
    'Mr.',
    'U.S.',
    'Dr',
    'Kim',
    'Jong',
    'Un',
    '“quote”',
    '3.5%',
    '$10',
    'told',
    'CNN',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('.', '!', '?', '…', ',', '"', '—', '\u202e', '\u200b', '日本語。', 'مرحبا.'),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((ws) => ws.join(' '));
const text = fc
  .tuple(fc.array(sentence, { minLength: 0, maxLength: 40 }), fc.boolean())
  .map(([ss, lines]) => ss.join(lines ? '\n' : ' '));

function checkInvariants(run: () => ReturnType<typeof summarize>) {
  let summary: ReturnType<typeof summarize>;
  try {
    summary = run();
  } catch (error) {
    expect(error).toBeInstanceOf(NutgrafError);
    return;
  }
  const n = summary.sentences.length;
  for (const fact of summary.facts) {
    expect(fact.sentence).toBeGreaterThanOrEqual(0);
    expect(fact.sentence).toBeLessThan(n);
    expect(summary.sentences[fact.sentence]!.text).toContain(fact.text);
    expect(fact.text.length).toBeGreaterThan(0);
  }
  for (const source of summary.sources) {
    expect(source.mentions).toBe(source.sentences.length);
    for (const i of source.sentences) expect(i >= 0 && i < n).toBe(true);
    expect(source.sentences.length > 0 || Boolean(source.url)).toBe(true); // evidence: a sentence or a link
  }
  for (const item of summary.digest) expect(summary.sentences[item.sentence]!.text).toContain(item.text);
}

describe('core properties', () => {
  it('plain text: never throws untyped, keeps its invariants', () => {
    fc.assert(
      fc.property(text, (t) => checkInvariants(() => summarize(articleFromText(t), { length: 'long' }))),
      { numRuns: 300 },
    );
  });

  it('random HTML through extraction: never throws untyped, keeps its invariants', () => {
    const tag = fc.constantFrom(
      'p',
      'div',
      'h2',
      'li',
      'blockquote',
      'a',
      'em',
      'script',
      'figcaption',
      'article',
    );
    const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        sentence.map((s) => s.replace(/[<&]/g, ' ')),
        fc
          .tuple(tag, fc.array(tie('node'), { maxLength: 4 }))
          .map(
            ([t, kids]) =>
              `<${t}${t === 'a' ? ' href="https://example.org/x"' : ''}>${kids.join(' ')}</${t}>`,
          ),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(node, { maxLength: 12 }), (nodes) => {
        const html = `<!doctype html><html><head><title>T</title></head><body>${nodes.join('\n')}</body></html>`;
        checkInvariants(() =>
          summarize(
            extractArticle(parseHTML(html).document as unknown as Document, { url: null, force: true }),
          ),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('the size check', () => {
  /** The depth as a recursion defines it: the specification of the stack-free walk. */
  const depthOf = (el: Element): number =>
    1 + Math.max(0, ...Array.from(el.children, (child) => depthOf(child)));
  const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.constant('<i></i>'),
      fc.constant('text'),
      fc.array(tie('node'), { maxLength: 4 }).map((kids) => `<div>${kids.join('')}</div>`),
    ),
  })).node as fc.Arbitrary<string>;

  it('measures the tree depth a recursion measures, and stops once past the limit', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), fc.integer({ min: 1, max: 12 }), (nodes, limit) => {
        const { document } = parseHTML(`<!doctype html><html><body>${nodes.join('')}</body></html>`);
        const depth = depthOf(document.documentElement as unknown as Element);
        const walked = treeDepth(document as unknown as Document, limit);
        if (depth <= limit) expect(walked).toBe(depth);
        else expect(walked).toBe(limit + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a page one level past the depth limit, whose element count is then past it too', () => {
    // The walk is skipped at or below LIMITS.depth elements: a chain is the deepest tree of its size.
    const chain = (depth: number) => {
      const { document } = parseHTML('<!doctype html><html></html>');
      let parent: Element = document.documentElement as unknown as Element;
      for (let level = 2; level <= depth; level++) {
        const child = document.createElement('div') as unknown as Element;
        parent.appendChild(child);
        parent = child;
      }
      return document as unknown as Document;
    };
    expect(() => checkSize(chain(LIMITS.depth))).not.toThrow();
    expect(() => checkSize(chain(LIMITS.depth + 1))).toThrow(/nested too deeply/);
  });
});
