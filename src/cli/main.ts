import { text } from 'node:stream/consumers';
import { summarize } from '../core/summarize.ts';
import { LENGTHS, type Length, NutgrafError, toErrorInfo } from '../core/types.ts';
import { formatSummary } from './format.ts';
import { loadInput } from './load.ts';

// nutgraf CLI: npm run -s summarize -- [--json] [--length short|medium|long] INPUT...
// One JSON line per input, in input order; failures become {"input","error"} lines and a non-zero exit.

const USAGE =
  'usage: summarize [--json] [--length short|medium|long] INPUT...  (INPUT: file.html, file.txt, -, or URL)';

interface Options {
  json: boolean;
  length: Length;
  inputs: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, length: 'medium', inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--length' || arg.startsWith('--length=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      if (!value || !Object.hasOwn(LENGTHS, value))
        throw new NutgrafError('bad-input', `--length must be short, medium or long\n${USAGE}`);
      options.length = value as Length;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) throw new NutgrafError('bad-input', `unknown option ${arg}\n${USAGE}`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) throw new NutgrafError('bad-input', USAGE);
  return options;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(toErrorInfo(error).message);
    return 2;
  }
  let stdin: Promise<string> | undefined;
  const readStdin = () => (stdin ??= text(process.stdin));
  let failures = 0;
  for (const input of options.inputs) {
    try {
      const t0 = performance.now();
      const article = await loadInput(input, readStdin);
      const t1 = performance.now();
      const {
        ranked: _ranked,
        sentences: _sentences,
        ...summary
      } = summarize(article, { length: options.length });
      const timings = { extractMs: round(t1 - t0), summarizeMs: round(performance.now() - t1) };
      const record = { input, ...summary, timings };
      process.stdout.write(
        options.json
          ? `${JSON.stringify(record)}\n`
          : `${formatSummary(input, { ...summary, sentences: [] })}\n\n`,
      );
    } catch (error) {
      failures++;
      const info = toErrorInfo(error);
      if (options.json) process.stdout.write(`${JSON.stringify({ input, error: info })}\n`);
      console.error(`${input}: ${info.message} [${info.code}]`);
    }
  }
  return failures ? 1 : 0;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

process.exitCode = await main();
