import { describe, expect, it } from 'vitest';
import { PRACTICE } from '../../src/background/warm-up.ts';
import { summarize } from '../../src/core/summarize.ts';

// The worker's warm-up runs the core on a practice text while the page reads its article. It swallows
// errors (a failed warm-up must not fail a summary), so this test is what keeps the practice text one
// that goes down every path the page's summary will: facts, and each kind of source and digest item.

describe('the worker warm-up', () => {
  it('practises on a text that yields facts, every kind of source, and the digest', () => {
    const summary = summarize(PRACTICE, { rankCount: 8 });
    expect(summary.facts.length).toBeGreaterThan(0);
    const types = new Set(summary.sources.map((s) => s.type));
    for (const type of ['outlet', 'person', 'organization', 'document'] as const)
      expect(types).toContain(type);
    expect(summary.sources.find((s) => s.type === 'person' && s.role)).toBeDefined();
    expect(summary.unnamedSources).toBeGreaterThan(0);
    expect(new Set(summary.digest.map((d) => d.kind))).toEqual(
      new Set(['date', 'number', 'person', 'place']),
    );
  });
});
