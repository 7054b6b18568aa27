// Small text helpers shared by ranking, tagging and source detection.

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
