import { bothCases, ROLE_NOUNS, SPEECH_VERB, WB_END, WB_START } from './cues.ts';
import { DEMONYMS } from './names.ts';
import { isPlace } from './places.ts';

// A person's role and affiliation as the text states them, the first statement winning:
// a title before the name ("Chinese President Xi Jinping", "White House press secretary Josh Earnest",
// "The leader of Ennahda, Rachid Ghannouchi,") or an appositive after it ("Edward Howell, a lecturer at
// the University of Oxford,", "said Mar Hicks, a historian at the Illinois Institute of Technology.").

export interface Described {
  role?: string;
  affiliation?: string;
}

const MODIFIERS = bothCases(
  'press|deputy|vice|foreign|senior|chief|state|national|security|defense|defence|interior|finance|health|top|country|' +
    // bodies named before the role: "army spokesman", "police chief", "club chairman"
    'army|military|police|government|party|club|team|company|hospital|school|city|county|council|court|prison|airport',
);
/** A title before a name: "Chinese President", "White House press secretary", "former coach". */
export const ROLE_PHRASE = `(?:(?:[Ff]ormer|[Tt]hen|\\p{Lu}[\\p{L}.’'-]*|${MODIFIERS})\\s+){0,4}(?:${bothCases(ROLE_NOUNS)})`;
const ROLE_BEFORE = new RegExp(`(${ROLE_PHRASE})\\s+$`, 'u');
/** ROLE_BEFORE's last word: a text that does not end with a role noun and a space cannot match it. */
const ENDS_WITH_ROLE = new RegExp(`(?:${bothCases(ROLE_NOUNS)})$`, 'u');
/** The longest role noun, in code units ("meteorologist"). */
const LONGEST_ROLE = Math.max(...ROLE_NOUNS.split('|').map((w) => w.length));

/** ROLE_BEFORE, tested first on the end of the text (the full pattern tries every offset of it). */
function roleBefore(before: string): string | undefined {
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length || !ENDS_WITH_ROLE.test(trimmed.slice(-LONGEST_ROLE)))
    return undefined;
  return ROLE_BEFORE.exec(before)?.[1];
}

/** "The leader of Ennahda, " right before the name. */
const ROLE_OF_BEFORE = new RegExp(
  `(?:^|\\s)(?:[Tt]he|[Ll]e|[Ll]a)\\s+((?:${ROLE_NOUNS})\\s+(?:of|de|du)\\s+[^,]{2,60}),\\s*$`,
  'u',
);
// Case is told apart by the first letter only (bothCases): a case-insensitive pattern this large costs
// V8 several milliseconds to compile, in every cold worker.
const APPOSITIVE = new RegExp(
  `^,\\s+((?:${bothCases('a|an|the|one of the|now a|now an|un|une|le|la|der|die|el')})\\s+)?([^,;:“”"]{2,110}?)(?:,|[.;]?$|\\s+(?:${SPEECH_VERB})${WB_END})`,
  'u',
);
const HAS_ROLE_NOUN = new RegExp(`${WB_START}(?:${bothCases(ROLE_NOUNS)})${WB_END}`, 'u');
const ROLE_AT = /^(.*?)\s+(?:at|of|for|with|from|in|à|de|du|des|bei|von|en)\s+(?:the\s+)?(.+)$/iu;
const HONORIFIC = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\.?$/;
/** Abbreviated ranks and honorifics only, as the names read them as titles (TITLE_WORDS): "Maj. Gen.", "Dr.". */
const RANKS_ONLY = /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Gen|Maj|Col|Lt|Sgt|Capt|Adm|Rev|Det)\.?(?:\s+|$))+$/;
const UNIVERSITY_OF = /\bUniversity of \p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;
/** One or two capitalised words that end a clause: "San Diego,", "Berkeley." (not "Smith said"). */
const CAMPUS = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?=\s*(?:[,.;)]|$))/u;
const OWNER_ONLY = /^(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)[’']s$/u;
const OWNED_ROLE = /^((?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*)[’']s\s+(.+)$/u;
const SECOND_DESCRIPTION = /\s+(?:and|et|und|y)\s+(?:a|an|un|une|ein|eine|una)\s.*$/u;
/** A relative clause ends the description: "député socialiste des Français de l'étranger qui a ...". */
const RELATIVE = /\s+(?:who|which|that|qui|que|der|die|das|que|quien)\s.*$/iu;

/** Each demonym as a whole word of a title: "Chinese President". */
const DEMONYM_PATTERNS = Object.keys(DEMONYMS).map((d): [string, RegExp] => [
  d,
  new RegExp(`(^|\\s)${d.replace(/\./g, '\\.')}(\\s|$)`),
]);

export function describePerson(
  target: Described,
  text: string,
  runStart: number,
  end: number,
  title: string,
): void {
  if (target.role) return;
  const before = text.slice(Math.max(0, runStart - 90), runStart);
  // A rank or an honorific alone says less than a role before it: "army spokesman Maj. Gen. Asim Bajwa".
  const roleFirst = !title || RANKS_ONLY.test(title) ? roleBefore(before) : undefined;
  const titled = [roleFirst, title].filter(Boolean).join(' ').trim();
  if (titled) {
    const role = titled.replace(/^(the|The)\s+/, '');
    // "CNN's Greg Botelho": an owner alone is an affiliation, and no role.
    const ownerOnly = OWNER_ONLY.exec(role)?.[1];
    if (ownerOnly) {
      target.affiliation = ownerOnly;
      return;
    }
    // "BBC's North America editor": the owner is the affiliation, not a part of the role.
    const ownedRole = OWNED_ROLE.exec(role);
    target.role = ownedRole ? ownedRole[2]! : role;
    const demonym = DEMONYM_PATTERNS.find(([, pattern]) => pattern.test(titled))?.[0];
    const owner = ownedRole?.[1];
    // Capitalised words before a lower-case role name the body: "White House press secretary".
    const body = /^((?:\p{Lu}[\p{L}.-]*\s+)+)(?=\p{Ll})/u.exec(target.role)?.[1]?.trim();
    const affiliation = demonym
      ? DEMONYMS[demonym]
      : (owner ?? placeBefore(target.role) ?? (body && !/^(Former|Then)$/.test(body) ? body : undefined));
    if (affiliation) target.affiliation = affiliation;
    // "the geophysicist Daniel Rothman, co-director of MIT’s Lorenz Center,": both describe him.
    const more: Described = {};
    describeAfter(more, text, end);
    // An honorific says less than the appositive: "Dr. Lee Green, a professor and chair of ...".
    if (more.role) target.role = HONORIFIC.test(target.role) ? more.role : `${target.role}, ${more.role}`;
    if (more.affiliation && !target.affiliation) target.affiliation = more.affiliation;
    return;
  }
  // ROLE_OF_BEFORE ends with a comma (and spaces).
  const roleOf = before.trimEnd().endsWith(',') ? ROLE_OF_BEFORE.exec(before)?.[1] : undefined;
  if (roleOf) {
    setRole(target, roleOf);
    return;
  }
  describeAfter(target, text, end);
}

/** An appositive after the name: "Edward Howell, a lecturer at the University of Oxford,". */
function describeAfter(target: Described, text: string, end: number): void {
  const after = text.slice(end);
  const appositive = APPOSITIVE.exec(after);
  let phrase = appositive?.[2]?.replace(RELATIVE, '').trim();
  if (!phrase || !HAS_ROLE_NOUN.test(phrase) || /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(phrase)) return;
  // "at the University of California, San Diego,": the campus after the comma belongs to the name.
  const campus =
    appositive![0].endsWith(',') && UNIVERSITY_OF.test(phrase)
      ? CAMPUS.exec(after.slice(appositive![0].length))?.[1]
      : undefined;
  if (campus) phrase = `${phrase}, ${campus}`;
  setRole(target, phrase);
}

/** The place a title starts with: "Zimbabwe President" -> Zimbabwe, "Former New Zealand Prime Minister". */
function placeBefore(role: string): string | undefined {
  const words = role.replace(/^(?:Former|Then)\s+/, '').split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    if (isPlace(name)) return name;
  }
  return undefined;
}

function setRole(target: Described, phrase: string): void {
  const split = ROLE_AT.exec(phrase);
  if (split && /^\p{Lu}/u.test(split[2]!)) {
    const [, role, body] = split as unknown as [string, string, string];
    const possessive = /^(.*?)[’']s\s+(.*)$/u.exec(body);
    target.role = possessive ? `${role} of the ${possessive[2]}` : role;
    // "an astronomer at Harvard University and an expert in computing": a second description ends the body.
    target.affiliation = possessive ? possessive[1]! : body.replace(SECOND_DESCRIPTION, '');
  } else {
    const owned = OWNED_ROLE.exec(phrase); // "USDA's Chief Veterinary Officer"
    target.role = owned ? owned[2]! : phrase;
    if (owned) target.affiliation = owned[1]!;
  }
}
