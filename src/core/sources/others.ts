import { hasKeyword, keywordGroupOf } from '../scan.ts';
import { matchesOf } from '../text.ts';
import type { Sentence } from '../types.ts';
import {
  ACCORDING_TO,
  ACCORDING_TO_WORDS,
  bothCases,
  hasAttributionCue,
  INSTITUTION_WORDS,
  INVERTED_VERB,
  SPEAKER_GAP,
  SPEECH_VERB,
  SPEECH_VERBS,
  WB_END,
  WB_START,
} from './cues.ts';
import { isPlace } from './places.ts';
import { matchesInStretches } from './stretches.ts';

// Organizations, documents and unnamed sources, from attribution patterns around their names.
// Cost: O(sentences) regex scans.

export interface Hit {
  name: string;
  sentences: number[];
}

export const ORG_WORD = `(?:${INSTITUTION_WORDS}|Authority|Bureau|Board|Military|Pentagon|Kremlin|Fund|Society|Coalition|Alliance|Inc\\.?|Corp\\.?|Ltd\\.?)`;
const CAP = "\\p{Lu}[\\p{L}’'&.-]*";
const ORG_NAME = `((?:the\\s+)?(?:${CAP}\\s+(?:(?:of|for|and|on|de|du|des|la|le)\\s+)?){0,5}${ORG_WORD}(?:\\s+(?:of|for|on)(?:\\s+the)?\\s+${CAP}(?:\\s+${CAP}){0,3})?|\\p{Lu}{2,6}|${CAP}(?:\\s+${CAP})?)`;
const GENERIC_ORG =
  '(?:the\\s+)?(?:police|the military|military|prosecutors|the government|government|the ministry|the company|' +
  'the agency|the department|authorities|the authorities|the army|the generals|la police|le gouvernement|' +
  'die Polizei|die Regierung|la policía|el gobierno)';
const ORG_SUBJECT = new RegExp(
  `(?:^|[\\s(])(${ORG_NAME}|${GENERIC_ORG})${SPEAKER_GAP}\\s+(?:${SPEECH_VERB}|was quoted|were quoted)${WB_END}`,
  'gu',
);
const ORG_ACCORDING = new RegExp(`${ACCORDING_TO}\\s+(${ORG_NAME}|${GENERIC_ORG})`, 'gu');
const HAS_ORG_WORD = new RegExp(`${ORG_WORD}`, 'u');
const OWNED_HEADS = 'government|ministry|agency|police|military|authorities|army|administration|department';
/** "the Tuva government", "the Obama administration", "the Russian space agency": a named owner, a common head. */
const OWNED_ORG = new RegExp(
  `(?:^|[\\s(])((?:${CAP}\\s+){1,3}(?:(?:regional|local|federal|state|provincial|national|space|military|foreign)\\s+)?(?:${OWNED_HEADS}))${SPEAKER_GAP}\\s+(?:${SPEECH_VERB}|was quoted|were quoted|officials)${WB_END}`,
  'gu',
);
/** "according to whale rescue group Project Jonah": a described body, then its name. */
const DESCRIBED_ORG = new RegExp(
  `${ACCORDING_TO}\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}(?:group|organization|organisation|charity|agency|company|firm|body|watchdog|institute|council|association)\\s+(${CAP}(?:\\s+${CAP}){0,4})`,
  'gu',
);
const ORG_INVERTED_VERBS = "a souligné|l[’']a souligné|l[’']a indiqué|l[’']a rappelé";
/** `," said the ministry`, "comme l’a souligné l’Arcep": the speaker after its verb. */
const ORG_INVERTED = new RegExp(
  `(?:${INVERTED_VERB}|${ORG_INVERTED_VERBS})\\s+(?:the\\s+|l[’']|la\\s+|le\\s+)?(${CAP}(?:\\s+${CAP}){0,3})(?=\\s*[,.;:(]|\\s*$)`,
  'gu',
);
const ISSUING_VERBS =
  'said in a statement|said in a press release|said on its website|announced|confirmed in a statement';
/** "Roscosmos said in a statement": a one-word name that issues statements is an organization. */
const ISSUING_ORG = new RegExp(`(?:^|[\\s(])(${CAP})\\s+(?:${ISSUING_VERBS})${WB_END}`, 'gu');
const ACCORDING_KEYS = keywordGroupOf(ACCORDING_TO);
/**
 * The patterns in the order they claim a span, each with the words it needs, and whether it is searched
 * only in the stretches around those words (see stretches.ts): those whose matches hold names, aux words
 * and a verb only, the key words whole. The others open on their key words with no word boundary.
 */
export const ORG_PATTERNS: ReadonlyArray<[RegExp, number, boolean]> = [
  [OWNED_ORG, keywordGroupOf(OWNED_HEADS), true],
  [DESCRIBED_ORG, ACCORDING_KEYS, false],
  [ISSUING_ORG, keywordGroupOf(ISSUING_VERBS), true],
  [ORG_SUBJECT, keywordGroupOf(SPEECH_VERB, 'was quoted|were quoted'), true],
  [ORG_ACCORDING, ACCORDING_KEYS, false],
  [ORG_INVERTED, keywordGroupOf(INVERTED_VERB, ORG_INVERTED_VERBS), false],
];
const IS_GENERIC_ORG = new RegExp(`^${GENERIC_ORG}$`, 'iu');
const OPENER = /^(?:The|A|An|It|He|She|They|We|This|That|But|And|However|Meanwhile)$/;

const DOC_NOUN =
  '(?:report|reports|study|statement|survey|poll|analysis|filing|filings|lawsuit|complaint|indictment|memo|letter|' +
  'paper|review|audit|assessment|press release|transcript|address|speech|post|tweet|documents|document|records|data|' +
  'figures|book|announcement|rapport|étude|communiqué|projet de loi|Bericht|Studie|Erklärung|informe|estudio|comunicado)';
const DETERMINER = '(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Uu]ne?|[Ll]e|[Ll]a|[Dd]er|[Dd]ie|[Ee]l)';
const DOC_MODIFIER = `(?:new|recent|latest|annual|joint|official|written|televised|leaked|internal|draft|final|court|police|government|intelligence|wedding|${CAP})`;
/** "a new study", "the paper", or, with no determiner, "Zimbabwean intelligence reports". */
const DOCUMENT = new RegExp(
  `${WB_START}((?:${DETERMINER}\\s+(?:${DOC_MODIFIER}\\s+){0,3}|(?:${CAP}\\s+)?(?:intelligence|police|court|government|internal|leaked)\\s+)${DOC_NOUN})${WB_END}(?![-‐])`,
  'gu',
);
const DOC_CUE = new RegExp(
  `${WB_START}(?:${bothCases(
    `${ACCORDING_TO_WORDS}|said in|says in|in a|found|finds|shows|show|showed|suggests|suggest|suggested|` +
      'concluded|revealed|reported|published|released|seen by|obtained by|cited|citing|states|stated|read|reads|' +
      'wrote|written|énonce|indique|selon',
  )})${WB_END}`,
  'u',
);
const PLATFORMS = 'social media|Twitter|X|Facebook|Instagram|Truth Social|Telegram';
const SOCIAL_POST = new RegExp(
  `\\b(?:weighed in|posted|wrote|said|commented)\\s+on\\s+(${PLATFORMS})\\b`,
  'u',
);

/** Who an unnamed source is: the noun that ends the phrase ("a senior official"). */
const UNNAMED_NOUN =
  'officials|official|sources|source|diplomats|diplomat|aides|aide|analysts|experts|observers|witnesses|residents|' +
  'people familiar|insiders|spokesman|spokesmen|spokeswoman|spokeswomen|spokesperson|researchers|scientists|' +
  'critics|lawmakers|investigators|elders|local news reports|news reports|reports';
const UNNAMED = new RegExp(
  `${WB_START}((?:(?:a|an|one|two|three|several|some|many|other|his|her|their)\\s+)?` +
    '(?:(?:senior|former|top|local|western|u\\.s\\.|american|government|administration|military|intelligence|police|' +
    'security|political|diplomatic|european|chinese|russian|unnamed|anonymous|whale|obama administration)\\s+)*' +
    `(?:${UNNAMED_NOUN}))${WB_END}`,
  'giu',
);
const UNNAMED_CUE = new RegExp(
  `${WB_START}(?:${bothCases(
    `${SPEECH_VERBS}|say|according|speculating|speculated|caution|believe|believed|think|thought|argue|` +
      'argued|suggest|regard|fear|expect|estimate|concluded|remembered|describe|acknowledged',
  )})${WB_END}`,
  'u',
);

// Each pattern needs one of some words: a sentence without any is not scanned for it (see hasKeyword).
const DOC_NOUNS = keywordGroupOf(DOC_NOUN);
const PLATFORM_WORDS = keywordGroupOf(PLATFORMS);
const UNNAMED_NOUNS = keywordGroupOf(UNNAMED_NOUN);

const add = (hits: Map<string, Hit>, name: string, sentence: number) => {
  const key = name.toLowerCase();
  const hit = hits.get(key) ?? { name, sentences: [] };
  if (!hit.sentences.includes(sentence)) hit.sentences.push(sentence);
  hits.set(key, hit);
};

const ENDS_WITH_ORG_WORD = new RegExp(`${ORG_WORD}$`, 'u');

/** "Nick of Arachnid Labs" names a person of an organization: the organization is what follows "of". */
function ownerOf(name: string): string {
  const of = name.lastIndexOf(' of ');
  if (of < 0) return name;
  const owner = name.slice(of + 4);
  return ENDS_WITH_ORG_WORD.test(owner) && !HAS_ORG_WORD.test(name.slice(0, of)) ? owner : name;
}

export function findOrganizations(sentences: readonly Sentence[], isTaken: (name: string) => boolean): Hit[] {
  const hits = new Map<string, Hit>();
  for (const sentence of sentences) {
    if (!hasAttributionCue(sentence)) continue;
    // Specific patterns first: "the Tuva government said" is not also "government said".
    const spans: Array<[number, number]> = [];
    for (const [pattern, keys, stretched] of ORG_PATTERNS) {
      if (!hasKeyword(sentence, keys)) continue;
      const matches = stretched
        ? matchesInStretches(sentence, pattern, keys)
        : matchesOf(pattern, sentence.text);
      for (const m of matches) {
        const at = m.index + m[0].indexOf(m[1]!);
        const span: [number, number] = [at, at + m[1]!.length];
        if (spans.some(([a, b]) => span[0] < b && span[1] > a)) continue;
        // "said the U.S. government was": the name runs on into a phrase, it does not end the clause.
        if (pattern === ORG_INVERTED && /^\.?\s+\p{Ll}/u.test(sentence.text.slice(span[1]))) continue;
        spans.push(span);
        const raw = m[1]!.trim();
        const name = ownerOf(raw.replace(/^(?:the|la|le|les|der|die|das|el|los|las)\s+|^l[’']/iu, ''));
        if (!name || isTaken(name) || OPENER.test(name)) continue;
        const generic = IS_GENERIC_ORG.test(raw);
        // After an inverted verb, an article marks an institution: "said the Pentagon", "l’a souligné l’Arcep".
        const named =
          pattern === OWNED_ORG ||
          pattern === DESCRIBED_ORG ||
          pattern === ISSUING_ORG ||
          (pattern === ORG_INVERTED && /(?:the\s+|l[’']|la\s+|le\s+)$/u.test(m[0].slice(0, -m[1]!.length)));
        const orgLike = named || HAS_ORG_WORD.test(name) || /^\p{Lu}{2,6}$/u.test(name) || isPlace(name);
        if (orgLike || generic) add(hits, generic ? name.toLowerCase() : name, sentence.index);
      }
    }
  }
  return [...hits.values()];
}

export function findDocuments(sentences: readonly Sentence[]): Hit[] {
  const hits = new Map<string, Hit>();
  for (const sentence of sentences) {
    if (!hasAttributionCue(sentence)) continue;
    const post = hasKeyword(sentence, PLATFORM_WORDS) ? SOCIAL_POST.exec(sentence.text) : null;
    if (post) add(hits, `${post[1]} post`, sentence.index);
    if (!hasKeyword(sentence, DOC_NOUNS) || !DOC_CUE.test(sentence.text)) continue;
    for (const m of matchesOf(DOCUMENT, sentence.text)) {
      add(
        hits,
        m[1]!.replace(/^(a|an|the|its|his|her|their|un|une|le|la|der|die|el)\s+/i, ''),
        sentence.index,
      );
    }
  }
  return [...hits.values()];
}

/** Distinct unnamed sources, by the words that name them ("officials", "a senior political source"). */
export function countUnnamed(sentences: readonly Sentence[]): Hit[] {
  const hits = new Map<string, Hit>();
  for (const sentence of sentences) {
    if (
      !hasAttributionCue(sentence) ||
      !hasKeyword(sentence, UNNAMED_NOUNS) ||
      !UNNAMED_CUE.test(sentence.text)
    )
      continue;
    for (const m of matchesOf(UNNAMED, sentence.text)) {
      const before = sentence.text.slice(Math.max(0, m.index - 60), m.index);
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      // "spokesman Josh Earnest" names the source; ", a prominent official in ..." describes a named one.
      if (/^\s\p{Lu}/u.test(after) || /\p{Lu}[\p{L}’'-]+,\s+(?:\S+\s+){0,3}$/u.test(before)) continue;
      const phrase = m[1]!.toLowerCase().replace(/^(a|an|one|the)\s+/, '');
      add(hits, phrase.replace(/s$/, ''), sentence.index);
    }
  }
  return [...hits.values()];
}
