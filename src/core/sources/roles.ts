import { SPEECH_VERB, WB_END, WB_START } from './cues.ts';
import { DEMONYMS } from './names.ts';

// A person's role and affiliation as the text states them, the first statement winning:
// a title before the name ("Chinese President Xi Jinping", "White House press secretary Josh Earnest",
// "The leader of Ennahda, Rachid Ghannouchi,") or an appositive after it ("Edward Howell, a lecturer at
// the University of Oxford,", "said Mar Hicks, a historian at the Illinois Institute of Technology.").

export interface Described {
  role?: string;
  affiliation?: string;
}

const ROLE_NOUNS =
  'president|leader|minister|secretary|spokesman|spokeswoman|spokesperson|chancellor|premier|governor|senator|mayor|' +
  'editor|correspondent|reporter|lecturer|professor|researcher|scientist|analyst|expert|director|chief|head|dean|' +
  'chairman|chairwoman|chair|founder|ceo|executive|official|ambassador|envoy|commander|general|judge|lawyer|attorney|' +
  'economist|historian|astronomer|physicist|geophysicist|oceanographer|meteorologist|programmer|engineer|fellow|' +
  'adviser|advisor|strategist|member|manager|coach|captain|officer|inspector|ranger|elder|député|ministre|' +
  'porte-parole|sprecher|sprecherin|portavoz';
const bothCases = (words: string) =>
  words
    .split('|')
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|');
const MODIFIERS = bothCases(
  'press|deputy|vice|foreign|senior|chief|state|national|security|defense|defence|interior|finance|health|top|country',
);
const ROLE_BEFORE = new RegExp(
  `((?:(?:[Ff]ormer|[Tt]hen|\\p{Lu}[\\p{L}.’'-]*|${MODIFIERS})\\s+){0,4}(?:${bothCases(ROLE_NOUNS)}))\\s+$`,
  'u',
);
/** "The leader of Ennahda, " right before the name. */
const ROLE_OF_BEFORE = new RegExp(
  `(?:^|\\s)(?:[Tt]he|[Ll]e|[Ll]a)\\s+((?:${ROLE_NOUNS})\\s+(?:of|de|du)\\s+[^,]{2,60}),\\s*$`,
  'u',
);
const APPOSITIVE = new RegExp(
  `^,\\s+((?:a|an|the|one of the|now a|now an|un|une|le|la|der|die|el)\\s+)?([^,;:“”"]{2,110}?)(?:,|[.;]?$|\\s+(?:${SPEECH_VERB})${WB_END})`,
  'iu',
);
const HAS_ROLE_NOUN = new RegExp(`${WB_START}(?:${ROLE_NOUNS})${WB_END}`, 'iu');
const ROLE_AT = /^(.*?)\s+(?:at|of|for|with|from|in|à|de|du|des|bei|von|en)\s+(?:the\s+)?(.+)$/iu;
/** A relative clause ends the description: "député socialiste des Français de l'étranger qui a ...". */
const RELATIVE = /\s+(?:who|which|that|qui|que|der|die|das|que|quien)\s.*$/iu;

export function describePerson(
  target: Described,
  text: string,
  runStart: number,
  end: number,
  title: string,
): void {
  if (target.role) return;
  const before = text.slice(Math.max(0, runStart - 90), runStart);
  const titled = [title ? undefined : ROLE_BEFORE.exec(before)?.[1], title].filter(Boolean).join(' ').trim();
  if (titled) {
    target.role = titled.replace(/^(the|The)\s+/, '');
    const demonym = Object.keys(DEMONYMS).find((d) =>
      new RegExp(`(^|\\s)${d.replace(/\./g, '\\.')}(\\s|$)`).test(titled),
    );
    const owner = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)[’']s\s+\S+/u.exec(before)?.[1];
    // Capitalised words before a lower-case role name the body: "White House press secretary".
    const body = /^((?:\p{Lu}[\p{L}.-]*\s+)+)(?=\p{Ll})/u.exec(target.role)?.[1]?.trim();
    const affiliation = demonym
      ? DEMONYMS[demonym]
      : (owner ?? (body && !/^(Former|Then)$/.test(body) ? body : undefined));
    if (affiliation) target.affiliation = affiliation;
    return;
  }
  const roleOf = ROLE_OF_BEFORE.exec(before)?.[1];
  if (roleOf) {
    setRole(target, roleOf);
    return;
  }
  const appositive = APPOSITIVE.exec(text.slice(end));
  const phrase = appositive?.[2]?.replace(RELATIVE, '').trim();
  if (!phrase || !HAS_ROLE_NOUN.test(phrase) || /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(phrase)) return;
  setRole(target, phrase);
}

function setRole(target: Described, phrase: string): void {
  const split = ROLE_AT.exec(phrase);
  if (split && /^\p{Lu}/u.test(split[2]!)) {
    const [, role, body] = split as unknown as [string, string, string];
    const possessive = /^(.*?)[’']s\s+(.*)$/u.exec(body);
    target.role = possessive ? `${role} of the ${possessive[2]}` : role;
    target.affiliation = possessive ? possessive[1]! : body;
  } else {
    target.role = phrase;
  }
}
