// The two evaluation-only packages ship no types; these are the parts the harness uses.
declare module 'sbd' {
  const sbd: { sentences(text: string, options?: Record<string, unknown>): string[] };
  export default sbd;
}
declare module 'stopword' {
  export const eng: string[];
}
