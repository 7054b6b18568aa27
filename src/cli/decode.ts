// Bytes of a web page to text, as a browser would: a byte-order mark, then the charset the server or
// the page declares, then UTF-8 if the bytes are valid UTF-8; for legacy pages with no declaration, the
// Japanese and Chinese double-byte encodings when they decode cleanly into kana or Han text, else
// windows-1252 (the web's default for undeclared pages).

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.toLowerCase());
  } catch {
    return undefined; // an unknown label: fall back to sniffing
  }
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const share = (text: string, pattern: RegExp) =>
  (text.match(pattern)?.length ?? 0) / Math.max(1, text.length);

export function decodeHtml(bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
  const named = decoderFor(declared) ?? decoderFor(META_CHARSET.exec(head)?.[1]);
  if (named) return named.decode(bytes);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return utf8;
  const sjis = tryDecode('shift_jis', bytes);
  if (sjis && share(sjis, /[\u3040-\u30ff]/g) > 0.05) return sjis;
  const gbk = tryDecode('gbk', bytes);
  if (gbk && share(gbk, /[\u4e00-\u9fff]/g) > 0.1 && share(gbk, /[\uff61-\uff9f]/g) === 0) return gbk;
  return new TextDecoder('windows-1252').decode(bytes);
}
