import { type Source, type Summary, sourceDescription } from '../core/types.ts';

// The readable (non-JSON) form of a summary for a terminal.

const GROUPS: Array<[Source['type'], string]> = [
  ['outlet', 'Outlets'],
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['document', 'Documents'],
  ['link', 'Links'],
];

export function formatSummary(input: string, summary: Summary): string {
  const { article } = summary;
  const meta = [
    article.siteName,
    article.byline,
    article.publishedTime,
    article.lang,
    `${article.readingMinutes} min read`,
  ]
    .filter(Boolean)
    .join(' · ');
  const lines = [`# ${article.title || input}`, meta, '', 'Key facts'];
  for (const fact of summary.facts) lines.push(`  - ${fact.text}`);
  lines.push('', 'Sources');
  for (const [type, label] of GROUPS) {
    const group = summary.sources.filter((s) => s.type === type);
    if (group.length === 0) continue;
    lines.push(`  ${label}`);
    for (const s of group) {
      const about = sourceDescription(s);
      const cited = s.mentions ? ` (${s.mentions}×)` : '';
      lines.push(`    - ${s.name}${about ? `, ${about}` : ''}${cited}${s.url ? ` <${s.url}>` : ''}`);
    }
  }
  if (summary.unnamedSources) lines.push(`  Unnamed sources: ${summary.unnamedSources}`);
  return lines.join('\n');
}
