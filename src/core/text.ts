// Small text helpers shared by ranking, tagging and source detection.

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The matches of a global pattern in a text, as text.matchAll(pattern) finds them, without the copy of
 * the pattern that matchAll makes on every call (a third of its cost on a sentence). All are found before
 * any is used, so the pattern's lastIndex is free again (0) by the time a caller reads them.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('matchesOf needs a global pattern, as matchAll does');
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    matches.push(m);
    if (m[0] === '')
      pattern.lastIndex += pattern.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = 0;
  return matches;
}
