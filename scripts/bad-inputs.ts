import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The bad-input corpus: pages a reader's browser meets that are not tidy articles. Generated, not
// committed (the big ones are megabytes): `tsx scripts/bad-inputs.ts DIR`, or badInputs() from a test.
// Each case says what it must end in: a summary ('ready') or one of the typed error codes.

export interface BadInput {
  name: string;
  /** Served as this content type (the browser test) and written with this extension (the CLI). */
  contentType: string;
  file: string;
  body: Buffer;
  /** What a correct run ends in. */
  expect: Array<'ready' | 'not-article' | 'too-large' | 'bad-input'>;
}

const ARTICLE_EN = [
  'The city council voted on Tuesday to expand the tram network by 12 kilometres, the mayor said.',
  'The project will cost about 450 million euros and is due to open in 2029, according to the council.',
  '“This is the biggest investment in public transport in a generation,” said Mayor Ana Ruiz.',
  'Opponents argued that the money would be better spent on buses, which serve more districts.',
  'Construction is expected to begin next spring, after a final review by the regional government.',
  'Residents will be able to comment on the route at public meetings in March, officials said.',
].join(' ');

const ZH =
  '市议会周二投票决定将有轨电车网络延长十二公里。市长表示，该项目耗资约四亿五千万欧元，预计二〇二九年开通。反对者认为这笔钱应该用于公交车。居民可以在三月的公开会议上对路线发表意见。';
const JA =
  '市議会は火曜日、路面電車の路線を十二キロ延長することを決めた。市長によると、事業費は約四億五千万ユーロで、二〇二九年の開業を予定している。反対派は、バスに使うべきだと主張した。住民は三月の説明会で意見を述べることができる。';
const AR =
  'صوّت مجلس المدينة يوم الثلاثاء على توسيع شبكة الترام بمقدار اثني عشر كيلومترا، بحسب ما قال رئيس البلدية. وتبلغ تكلفة المشروع نحو أربعمئة وخمسين مليون يورو، ومن المتوقع افتتاحه في عام ألفين وتسعة وعشرين. وقال المعارضون إن الأموال يجب أن تنفق على الحافلات. ويمكن للسكان التعليق على المسار في اجتماعات عامة في مارس.';

const page = (title: string, body: string, head = '<meta charset="utf-8">', lang = 'en', dir = 'ltr') =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
const paragraphs = (text: string, times: number) =>
  Array.from({ length: times }, () => `<p>${text}</p>`).join('\n');
const html = (name: string, text: string, expect: BadInput['expect']): BadInput => ({
  name,
  contentType: 'text/html; charset=utf-8',
  file: `${name}.html`,
  body: Buffer.from(text, 'utf8'),
  expect,
});

/** Windows-1252, Shift_JIS and GBK bytes, encoded by hand for the characters these pages use. */
function encode(text: string, charset: 'windows-1252' | 'shift_jis' | 'gbk'): Buffer {
  if (charset === 'windows-1252') return Buffer.from(text.replace(/[“”]/g, '"'), 'latin1');
  // TextEncoder only writes UTF-8: for the CJK legacy encodings, decode a byte table built by probing.
  const decoder = new TextDecoder(charset);
  const table = new Map<string, Buffer>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const bytes = Buffer.from([hi, lo]);
      const ch = decoder.decode(bytes);
      if (ch.length === 1 && !table.has(ch)) table.set(ch, bytes);
    }
  }
  const out: Buffer[] = [];
  for (const ch of text)
    out.push(ch.charCodeAt(0) < 0x80 ? Buffer.from(ch, 'latin1') : (table.get(ch) ?? Buffer.from('?')));
  return Buffer.concat(out);
}

export function badInputs(): BadInput[] {
  const frenchish =
    'Le conseil municipal a voté mardi l’extension du réseau de tramway, a déclaré la maire. Les opposants ont critiqué le coût élevé du projet, estimé à 450 millions d’euros. Les habitants pourront donner leur avis en mars, selon la mairie. Café, théâtre et rôle: des mots accentués.';
  const cases: BadInput[] = [
    html('empty', '', ['not-article']),
    html(
      'only-scripts',
      '<!doctype html><html><head><script>var a = 1;</script></head><body><script>document.title = "x";</script></body></html>',
      ['not-article'],
    ),
    html(
      'frameset',
      '<!doctype html><html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
      ['not-article'],
    ),
    html(
      'huge-200k-nodes',
      page('Huge', `<div>${'<span>word </span>'.repeat(200_000)}</div><p>${'x'.repeat(16_000_000)}</p>`),
      ['too-large'],
    ),
    html(
      'deep-10000',
      page('Deep', `${'<div>'.repeat(10_000)}<p>${ARTICLE_EN}</p>${'</div>'.repeat(10_000)}`),
      ['ready', 'not-article', 'too-large'],
    ),
    {
      name: 'binary',
      contentType: 'text/html',
      file: 'binary.html',
      body: Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + 13) % 256)),
      expect: ['not-article'],
    },
    {
      name: 'windows-1252-charset',
      contentType: 'text/html; charset=windows-1252',
      file: 'windows-1252-charset.html',
      body: encode(
        page('Tramway', paragraphs(frenchish, 4), '<meta charset="windows-1252">', 'fr'),
        'windows-1252',
      ),
      expect: ['ready'],
    },
    {
      name: 'windows-1252-no-charset',
      contentType: 'text/html',
      file: 'windows-1252-no-charset.html',
      body: encode(page('Tramway', paragraphs(frenchish, 4), '', 'fr'), 'windows-1252'),
      expect: ['ready'],
    },
    {
      name: 'shift-jis-charset',
      contentType: 'text/html; charset=shift_jis',
      file: 'shift-jis-charset.html',
      body: encode(page('路面電車', paragraphs(JA, 4), '<meta charset="shift_jis">', 'ja'), 'shift_jis'),
      expect: ['ready'],
    },
    {
      name: 'shift-jis-no-charset',
      contentType: 'text/html',
      file: 'shift-jis-no-charset.html',
      body: encode(page('路面電車', paragraphs(JA, 4), '', 'ja'), 'shift_jis'),
      expect: ['ready', 'not-article'],
    },
    {
      name: 'gbk-charset',
      contentType: 'text/html; charset=gbk',
      file: 'gbk-charset.html',
      body: encode(page('有轨电车', paragraphs(ZH, 4), '<meta charset="gbk">', 'zh'), 'gbk'),
      expect: ['ready'],
    },
    {
      name: 'gbk-no-charset',
      contentType: 'text/html',
      file: 'gbk-no-charset.html',
      body: encode(page('有轨电车', paragraphs(ZH, 4), '', 'zh'), 'gbk'),
      expect: ['ready', 'not-article'],
    },
    {
      name: 'svg',
      contentType: 'image/svg+xml',
      file: 'svg.svg',
      body: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>Not an article</text></svg>',
      ),
      expect: ['not-article', 'bad-input'],
    },
    {
      name: 'xml',
      contentType: 'application/xml',
      file: 'xml.xml',
      body: Buffer.from('<?xml version="1.0"?><feed><entry><title>Item</title></entry></feed>'),
      expect: ['not-article', 'bad-input'],
    },
    html(
      'iframe-article',
      page(
        'Frame',
        `<iframe srcdoc="${page('Inner', paragraphs(ARTICLE_EN, 3)).replace(/"/g, '&quot;')}"></iframe>`,
      ),
      ['not-article'],
    ),
    html(
      'only-links',
      page(
        'Links',
        Array.from({ length: 300 }, (_, i) => `<a href="/p/${i}">Story number ${i}</a>`).join(' '),
      ),
      ['not-article'],
    ),
    html('one-sentence', page('One', '<p>The council voted on Tuesday to expand the tram network.</p>'), [
      'not-article',
      'ready',
    ]),
    html('chinese', page('有轨电车', paragraphs(ZH, 4), '<meta charset="utf-8">', 'zh'), ['ready']),
    html('japanese', page('路面電車', paragraphs(JA, 4), '<meta charset="utf-8">', 'ja'), ['ready']),
    html('arabic-rtl', page('الترام', paragraphs(AR, 4), '<meta charset="utf-8">', 'ar', 'rtl'), ['ready']),
    html(
      'five-thousand-quotes',
      page(
        'Quotes',
        paragraphs(
          Array.from({ length: 50 }, (_, i) => `“Quote ${i} is here,” said Person Number${i}.`).join(' '),
          100,
        ),
      ),
      ['ready'],
    ),
    html('megabyte-word', page('Word', `<p>${'a'.repeat(1_000_000)}</p>${paragraphs(ARTICLE_EN, 2)}`), [
      'ready',
      'not-article',
    ]),
    html('hundred-thousand-words', page('Long', paragraphs(ARTICLE_EN, 1_100)), ['ready']),
  ];
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'artifacts/bad-inputs');
  mkdirSync(dir, { recursive: true });
  for (const input of badInputs()) writeFileSync(resolve(dir, input.file), input.body);
  console.log(`wrote ${badInputs().length} bad inputs to ${dir}`);
}
