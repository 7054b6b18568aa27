import { hasKeyword, keywordGroup, keywordGroupOf } from '../scan.ts';
import type { Sentence } from '../types.ts';

// The words that mark a claim as someone's: speech verbs and attribution phrases, in English,
// French, German and Spanish. Each pattern has a corpus sentence in test/unit/sources.test.ts.

const SPEECH_EN =
  'said|says|say|told|tells|added|adds|declared|declares|noted|notes|wrote|writes|argued|argues|explained|explains|' +
  'stated|states|warned|warns|insisted|insists|claimed|claims|asked|asks|replied|replies|advised|advises|praised|' +
  'dismissed|suggested|suggests|announced|announces|lauded|pledged|emphasized|emphasised|stressed|stresses|' +
  'confirmed|confirms|denied|denies|tweeted|posted|described|describes|urged|urges|cautioned|cautions|predicted|' +
  'recalled|recalls|admitted|admits|acknowledged|acknowledges|responded|commented|remarked|testified|estimated|' +
  'estimates|believes|condemned|condemns|weighed in|recounted|recounts|conceded|' +
  'concedes|observed|observes|maintained|maintains|contended|contends|joked|quipped|vowed|vows|promised|revealed|' +
  'reveals|disclosed|complained|criticized|criticised|accused|welcomed|hailed|congratulated|answered|thinks|' +
  'saying|adding|noting|stating|arguing|insisting|warning|suggesting|emphasizing|emphasising|explaining|claiming|' +
  'writing|written|recalling|pledging|declaring|telling|describing|calling for|called for|called on|calling on';
const SPEECH_FR =
  'a déclaré|a dit|a affirmé|a expliqué|a annoncé|avait annoncé|a indiqué|a estimé|a souligné|a ajouté|a précisé|' +
  'a assuré|a jugé|a averti|a rappelé|a réagi|a dénoncé|a reconnu|a confié|a répondu|déclare|affirme|explique|' +
  'estime|indique|souligne|ajoute|précise|assure|dénonce|soulève|rappelle|a écrit|écrit|raconte|arguant|considère|juge|a fait part';
const SPEECH_DE =
  'sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|berichtete|warnte|warnt|kritisierte|kritisiert|' +
  'teilte mit|schrieb|schreibt|forderte|fordert|ergänzte|so';
const SPEECH_ES =
  'dijo|dice|afirmó|afirma|explicó|explica|declaró|aseguró|asegura|señaló|señala|indicó|indica|añadió|' +
  'sostuvo|advirtió|advierte|subrayó|destacó|escribió|agregó|manifestó|denunció';

/** A word boundary that knows letters beyond ASCII (JavaScript's \\b does not: "annoncé\\b" never matches). */
export const WB_START = '(?<![\\p{L}\\p{N}])';
export const WB_END = '(?![\\p{L}\\p{N}])';

/**
 * An alternation of words whose first letter may be either case: "said|according to" ->
 * "[sS]aid|[aA]ccording to". Cheaper for V8 to compile than the same pattern case-insensitive.
 */
export const bothCases = (words: string) =>
  words
    .split('|')
    .map((w) => (/^\p{L}/u.test(w) ? `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}` : w))
    .join('|');

export const SPEECH_VERBS = `${SPEECH_EN}|${SPEECH_FR}|${SPEECH_DE}|${SPEECH_ES}`;
export const SPEECH_VERB = `(?:${SPEECH_VERBS})`;

/** Verbs that may stand before the speaker: `," said Mar Hicks`, `wrote Jennifer Light`, `says Parata`. */
export const INVERTED_VERB =
  '(?:said|says|added|adds|wrote|writes|asked|asks|recalled|recalls|explained|explains|continued|continues|' +
  'notes|noted|argues|argued|recounts|insists|warned|warns|replied|declared|a déclaré|déclare|affirme|explique|' +
  'a expliqué|a affirmé|estime|ajoute|sagte|sagt|erklärte|betonte|dijo|afirmó|explicó|declaró|señaló|añadió)';

export const ACCORDING_TO_WORDS =
  "according to|as reported by|as captured by|in an interview with|selon|laut|según|d’après|d'après";
export const ACCORDING_TO = `(?:${ACCORDING_TO_WORDS})`;

const OUTLET_CUES =
  `${ACCORDING_TO_WORDS}|reported|reports|reporting|told|tells|said|says|noted|cited|citing|quoted|interview|` +
  'captured by|wrote|writes|published|obtained by|seen by|confirmed|revealed|broadcast|aired|a rapporté|' +
  'rapporte|berichtete|berichtet|informó|informa|publicó';
const OUTLET_CUE = new RegExp(`${WB_START}(?:${bothCases(OUTLET_CUES)})${WB_END}`, 'u');
const OUTLET_CUE_WORDS = keywordGroupOf(OUTLET_CUES);

/** Any cue that makes a named outlet in the sentence a source (the pattern runs where one of its words is). */
export const hasOutletCue = (sentence: Sentence) =>
  hasKeyword(sentence, OUTLET_CUE_WORDS) && OUTLET_CUE.test(sentence.text);

/** Aux words between a speaker and the verb: "Mr Mugabe had told", "Xi has said", "Trump even weighed in". */
export const SPEAKER_GAP =
  '(?:\\s+(?:has|had|have|was|is|also|later|then|even|further|again|once|previously|earlier|recently|quickly|' +
  'repeatedly|publicly|privately|reportedly|simply|only|himself|herself|would|will|could|might|may|quoted as))*';

// A cheap test before the attribution patterns run: a sentence none of whose words is a cue word
// cannot match any of them. One pass over the words and set look-ups, instead of a dozen regex scans.
const CUE_FILLERS = new Set([
  'a',
  'an',
  'as',
  'in',
  'by',
  'to',
  'the',
  'of',
  'with',
  'for',
  'on',
  'so',
  'mit',
]);
const CUE_WORDS = new Set(
  [
    SPEECH_EN,
    SPEECH_FR,
    SPEECH_DE,
    SPEECH_ES,
    'according|reported|reports|reporting|cited|citing|quoted|interview|captured|published|obtained|seen|broadcast|aired',
    'rapporte|berichtet|informó|informa|publicó|found|finds|show|shows|showed|concluded|released|read|reads|wrote|written',
    "énonce|selon|laut|según|d’après|d'après|speculating|speculated|caution|believe|believed|think|thought|argue|suggest",
    'regard|fear|expect|estimate|remembered|describe|statement|quoted|souligné|indiqué|rappelé|announced|confirmed',
  ]
    .join('|')
    .split(/[|\s]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1 && !CUE_FILLERS.has(w)),
);

const CUE_GROUP = keywordGroup(CUE_WORDS);

/** Whether a sentence has a cue word (French elision read through: "l’annonce" is "annonce"). */
export const hasAttributionCue = (sentence: Sentence) => hasKeyword(sentence, CUE_GROUP);

/** Nouns of roles people are named by: "lecturer", "spokesman", "defender". */
export const ROLE_NOUNS =
  'president|leader|minister|secretary|spokesman|spokeswoman|spokesperson|chancellor|premier|governor|senator|mayor|' +
  'editor|correspondent|reporter|lecturer|professor|researcher|scientist|analyst|expert|director|chief|head|dean|' +
  'chairman|chairwoman|chair|founder|ceo|executive|official|ambassador|envoy|commander|general|judge|lawyer|attorney|' +
  'economist|historian|astronomer|physicist|geophysicist|oceanographer|meteorologist|programmer|engineer|fellow|' +
  'adviser|advisor|strategist|member|manager|coach|captain|officer|inspector|ranger|elder|député|ministre|' +
  'defender|midfielder|striker|goalkeeper|winger|principal|councillor|councilman|councilwoman|teacher|nurse|doctor|' +
  'porte-parole|sprecher|sprecherin|portavoz';

/**
 * Head words of institutions' names, shared by the organization patterns (ORG_WORD) and the words that
 * make a capitalised run no person's name (NOT_PERSON): "Amnesty International", "Ministry of Finance".
 */
export const INSTITUTION_WORDS =
  'Ministry|Department|Agency|Police|Council|Commission|Committee|Institute|Office|Service|Administration|' +
  'Court|Parliament|Congress|Senate|Assembly|Government|Organization|Organisation|Foundation|Association|' +
  'Union|Center|Centre|Party|Army|Company|Corporation|Group|Bank|Programme|Program|Federation|Network|Trust|' +
  'International|Holdings|Limited|Industries|Enterprises|Technologies|Pharmaceuticals|Labs|Partners|Initiative';
