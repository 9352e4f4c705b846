/**
 * `npm run --silent compare -- --vms N --containers N [...]`: the VM vs container comparison as a
 * plain-text table, for handouts and for checking the model without the page. A thin adapter over
 * `planComparison` and `formatReport`.
 */

import { planComparison } from '../src/model/vm/comparison';
import { formatReport } from '../src/model/vm/report';
import { SettingsError } from '../src/model/vm/settings';
import { parseCompareArgs, USAGE } from './compare/args';

/** Runs the command; returns the exit code and what to print. */
export function runCompare(argv: readonly string[]): { code: number; stdout: string; stderr: string } {
  const parsed = parseCompareArgs(argv);
  if (!parsed.ok) return { code: 2, stdout: '', stderr: parsed.errors.map((e) => `compare: ${e}\n`).join('') };
  const { args } = parsed;
  if (args.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  try {
    const run = planComparison(args.input);
    return { code: 0, stdout: args.json ? `${JSON.stringify(run, null, 2)}\n` : formatReport(run), stderr: '' };
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    const named = error.errors.map((message) => {
      const origin = Object.entries(args.origins).find(([id]) => message.includes(`(${id})`))?.[1];
      return `compare: ${origin ? `${origin}: ` : ''}${message}\n`;
    });
    return { code: 2, stdout: '', stderr: named.join('') };
  }
}

if (process.argv[1] && /compare\.ts$/.test(process.argv[1])) {
  const result = runCompare(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
