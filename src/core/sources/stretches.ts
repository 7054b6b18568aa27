import {
  charWidthAt,
  flagsAt,
  isAsciiLetter,
  keywordOffsets,
  LETTER,
  memoBySentence,
  SPACE,
} from '../scan.ts';
import type { Sentence } from '../types.ts';

// Some attribution patterns ("the Tuva government said", "Roscosmos said in a statement") match only
// letters, spaces and the marks inside names (’ ' & . -), after a first character that may be an opening
// bracket, and every match holds one of the pattern's key words. So a match lies inside one stretch of
// such characters around a key word, and only those stretches need searching: a speech-verb alternation
// tried at every space of a long sentence cost more than all the rest of the organization step.
// Exact: the same matches as matchAll over the whole sentence, in the same order (test/unit/scan.test.ts).
// Cost: O(characters of the stretches that hold a key word).

const isNameMark = (code: number) =>
  code === 0x2019 || code === 39 || code === 38 || code === 46 || code === 45;

/** Whether the code point at `i` can be inside a match: a letter, a space or a name mark. */
function inStretch(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isAsciiLetter(code) || code === 32 || isNameMark(code)) return true;
  return (flagsAt(text, i) & (LETTER | SPACE)) !== 0;
}

/** The sentence's stretches of such characters, as [start, end) pairs in order, found once a sentence. */
const stretchesOf = memoBySentence((sentence): number[] => {
  const { text } = sentence;
  const bounds: number[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i += charWidthAt(text, i)) {
    if (inStretch(text, i)) {
      if (open < 0) open = i;
    } else if (open >= 0) {
      bounds.push(open, i);
      open = -1;
    }
  }
  if (open >= 0) bounds.push(open, text.length);
  return bounds;
});

/**
 * The matches of a global pattern of that kind in a sentence, searched only in the stretches around the
 * words of its key-word group. The search text runs one character past a stretch, so a lookahead after
 * the match sees what it would see in the whole sentence.
 */
export function matchesInStretches(sentence: Sentence, pattern: RegExp, group: number): RegExpExecArray[] {
  const { text } = sentence;
  const matches: RegExpExecArray[] = [];
  const bounds = stretchesOf(sentence);
  let k = 0; // the stretch to look at next: key words come in order
  let from = 0; // matches do not overlap: the next one starts after the last
  for (const at of keywordOffsets(sentence, group)) {
    while (k < bounds.length && bounds[k + 1]! <= at) k += 2;
    if (k >= bounds.length || bounds[k]! > at || at < from) continue;
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    const window = text.slice(0, end + 1);
    // The character before a stretch may open the match: "(" or the start of the sentence.
    pattern.lastIndex = Math.max(from, start - 1);
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      matches.push(m);
      from = m.index + m[0].length;
    }
    from = Math.max(from, end);
    k += 2;
  }
  pattern.lastIndex = 0;
  return matches;
}
