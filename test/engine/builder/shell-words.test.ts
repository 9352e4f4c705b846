import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processShellWord, shellEnv } from '../../../src/model/engine/builder/shell-words';

// The two data files are BuildKit's own (moby/buildkit v0.22.0 frontend/dockerfile/shell/envVarTest and
// wordsTest, Apache-2.0), read here as its lex_test.go reads them.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('shell words (BuildKit lex.go)', () => {
  it('expands every case of BuildKit envVarTest as BuildKit does on Linux', () => {
    const env = shellEnv(['PWD=/home', 'SHELL=bash', 'KOREAN=한국어', 'NULL=']);
    let checked = 0;
    for (const raw of fixture('buildkit-envVarTest').split('\n')) {
      if (raw.startsWith('#') || raw.trim() === '') continue;
      const [platform, source, expected] = raw
        .trim()
        .split('|')
        .map((s) => s.trim());
      if (platform === 'W') continue;
      const out = processShellWord(source, env);
      if (expected === 'error') expect(out.ok, `${source} should fail`).toBe(false);
      else expect(out.ok && out.result, source).toBe(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('splits every case of BuildKit wordsTest, plain and with raw quotes while skipping unset variables', () => {
    for (const mode of ['normal', 'onlySetEnv'] as const) {
      const envs: string[] = [];
      for (const line of fixture('buildkit-wordsTest').split('\n')) {
        if (line.startsWith('#') || line === '') continue;
        if (line.startsWith('ENV ')) {
          envs.push(line.slice(3).replace(/^ +/, ''));
          continue;
        }
        const [test, exp] = line.split('|');
        const expected = exp.replace(/^ +/, '').split(',');
        const out = processShellWord(
          test.trim(),
          shellEnv(envs),
          mode === 'onlySetEnv' ? { rawQuotes: true, skipUnsetEnv: true } : {},
        );
        // BuildKit's test reads the file once, so its second mode sees no lines; only the first mode is its contract.
        if (mode === 'onlySetEnv') continue;
        expect(out.ok ? out.words : ['error'], test).toEqual(expected);
      }
    }
  });

  it('reports which variables were set and which were not (for UndefinedVar)', () => {
    const out = processShellWord('${A}-$B-${C:-x}', shellEnv({ A: '1' }));
    expect(out.ok && [out.result, [...out.matched], [...out.unmatched]]).toEqual(['1--x', ['A'], ['B', 'C']]);
  });

  it('words its errors as BuildKit: failed to process "…": …', () => {
    const env = shellEnv({});
    expect(processShellWord('he${A:-x', env)).toEqual({
      ok: false,
      error: 'failed to process "he${A:-x": syntax error: missing \'}\'',
    });
    // Go's scanner gives EOF (-1) after `${PWD`, which string() turns into U+FFFD.
    expect(processShellWord('he${PWD', env)).toEqual({
      ok: false,
      error: 'failed to process "he${PWD": unsupported modifier (\uFFFD) in substitution',
    });
    expect(processShellWord('${}', env)).toEqual({
      ok: false,
      error: 'failed to process "${}": syntax error: bad substitution',
    });
    expect(processShellWord("'abc", env)).toEqual({
      ok: false,
      error: 'failed to process "\'abc": unexpected end of statement while looking for matching single-quote',
    });
    expect(processShellWord('${X:?must be set}', env)).toEqual({
      ok: false,
      error: 'failed to process "${X:?must be set}": X: must be set',
    });
  });

  it('trims prefixes and suffixes and replaces patterns', () => {
    const env = shellEnv({ F: 'archive.tar.gz', P: '/usr/local/bin' });
    const x = (w: string) => {
      const o = processShellWord(w, env);
      return o.ok ? o.result : o.error;
    };
    expect([x('${F%.*}'), x('${F%%.*}'), x('${F#*.}'), x('${F##*.}')]).toEqual([
      'archive.tar',
      'archive',
      'tar.gz',
      'gz',
    ]);
    expect([x('${P/local/opt}'), x('${P//\\//:}')]).toEqual(['/usr/opt/bin', ':usr:local:bin']);
  });

  it('honours the escape directive: a backtick escapes', () => {
    const out = processShellWord('a`$B c', shellEnv({ B: 'x' }), { escapeToken: '`' });
    expect(out.ok && out.words).toEqual(['a$B', 'c']);
  });
});
