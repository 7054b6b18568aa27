import { factsForLength, LENGTHS, type Length, sourceDescription } from '../core/types.ts';
import type { PageResult } from '../shared/protocol.ts';

// Copy as Markdown or plain text: title and link, the facts of the chosen length, the 5W digest and
// the sources. Pure: the view passes the text to the clipboard.

const KIND_LABEL = { date: 'When', number: 'How many', person: 'Who', place: 'Where' } as const;
const TYPE_LABEL = {
  outlet: 'Outlets',
  person: 'People',
  organization: 'Organizations',
  document: 'Documents',
  link: 'Links',
};

export function exportSummary(result: PageResult, length: Length, format: 'markdown' | 'text'): string {
  const md = format === 'markdown';
  const { article, ranked, digest, sources, unnamedSources } = result.summary;
  const esc = (s: string) => (md ? s.replace(/([\\`*_[\]<>#|])/g, '\\$1') : s);
  const lines: string[] = [];
  const title = esc(article.title || result.url);
  lines.push(md ? `# [${title}](<${result.url}>)` : `${article.title || result.url}\n${result.url}`);
  const meta = [article.siteName, article.byline, article.publishedTime?.slice(0, 10)]
    .filter(Boolean)
    .join(' · ');
  if (meta) lines.push(esc(meta));
  lines.push('', md ? '## Key facts' : 'KEY FACTS');
  for (const [i, f] of factsForLength(ranked, LENGTHS[length]).entries())
    lines.push(`${i + 1}. ${esc(f.text)}`);
  if (digest.length) {
    lines.push('', md ? '## At a glance' : 'AT A GLANCE');
    for (const kind of Object.keys(KIND_LABEL) as Array<keyof typeof KIND_LABEL>) {
      const items = digest.filter((d) => d.kind === kind).map((d) => esc(d.text));
      if (items.length)
        lines.push(`${md ? '- **' : '- '}${KIND_LABEL[kind]}${md ? ':**' : ':'} ${items.join('; ')}`);
    }
  }
  if (sources.length || unnamedSources) {
    lines.push('', md ? '## Sources' : 'SOURCES');
    for (const type of Object.keys(TYPE_LABEL) as Array<keyof typeof TYPE_LABEL>) {
      const group = sources.filter((s) => s.type === type);
      if (!group.length) continue;
      lines.push(md ? `### ${TYPE_LABEL[type]}` : `${TYPE_LABEL[type]}:`);
      for (const s of group) {
        const about = esc(sourceDescription(s));
        const name =
          md && s.url ? `[${esc(s.name)}](<${s.url}>)` : esc(s.name) + (s.url && !md ? ` <${s.url}>` : '');
        lines.push(`- ${name}${about ? `, ${about}` : ''}${s.mentions ? ` (${s.mentions}×)` : ''}`);
      }
    }
    if (unnamedSources) lines.push(`- Unnamed sources: ${unnamedSources}`);
  }
  return `${lines.join('\n')}\n`;
}
