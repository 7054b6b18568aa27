import { type Source, sourceDescription } from '../core/types.ts';
import { h, safeHref } from './dom.ts';
import { type MessageKey, t } from './i18n.ts';

// The Sources section: grouped by type, roles and counts, links in a new tab, and each source
// expandable to the sentences that cite it (each one clickable to highlight in the page).

const GROUPS: Array<[Source['type'], MessageKey]> = [
  ['outlet', 'groupOutlets'],
  ['person', 'groupPeople'],
  ['organization', 'groupOrganizations'],
  ['document', 'groupDocuments'],
  ['link', 'groupLinks'],
];

export function sourceList(
  sources: Source[],
  unnamed: number,
  sentenceText: (index: number) => string,
  highlight: (index: number) => void,
): Node {
  const groups = GROUPS.map(([type, label]) => {
    const members = sources.filter((s) => s.type === type);
    if (members.length === 0) return null;
    return h(
      'div',
      { class: 'source-group' },
      h('h3', {}, `${t(label)} `, h('span', { class: 'group-count' }, String(members.length))),
      h('ul', { class: 'sources' }, ...members.map((s) => sourceItem(s, sentenceText, highlight))),
    );
  });
  const empty = sources.length === 0 && unnamed === 0 ? h('p', { class: 'hint' }, t('noSources')) : null;
  return h(
    'section',
    { 'aria-labelledby': 'sources-title' },
    h('h2', { id: 'sources-title' }, t('headingSources')),
    ...groups,
    empty,
    unnamed ? h('p', { class: 'unnamed', 'data-testid': 'unnamed' }, t('unnamedSources', unnamed)) : null,
  );
}

function sourceItem(
  source: Source,
  sentenceText: (index: number) => string,
  highlight: (index: number) => void,
): Node {
  const href = safeHref(source.url);
  const name = href
    ? h(
        'a',
        { href, target: '_blank', rel: 'noopener noreferrer', title: source.domain ?? href },
        source.name,
      )
    : h('span', {}, source.name);
  const about = sourceDescription(source);
  const count = source.mentions
    ? h('span', { class: 'count', title: t('titleCited') }, `${source.mentions}×`)
    : null;
  const head = h(
    'div',
    { class: 'source-main' },
    h('span', { class: 'source-name' }, name),
    about ? h('span', { class: 'role' }, about) : null,
  );
  const attrs = { class: 'source', 'data-testid': 'source', 'data-type': source.type, dir: 'auto' };
  const row = h('div', { class: 'source-row' }, head, count);
  if (source.sentences.length === 0) return h('li', attrs, row);
  const citing = source.sentences.map((i) =>
    h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: 'sentence', 'data-sentence': i, onclick: () => highlight(i) },
        sentenceText(i),
      ),
    ),
  );
  const label = source.sentences.length === 1 ? t('citingOne') : t('citingMany', source.sentences.length);
  return h(
    'li',
    attrs,
    row,
    h('details', {}, h('summary', {}, label), h('ol', { class: 'citing' }, ...citing)),
  );
}
