/**
 * The mysql and mariadb command-line clients talking to the server of their own container: the
 * welcome banner, `mysql>` / `MariaDB [(none)]>` prompts, SHOW DATABASES, CREATE DATABASE, USE,
 * DROP DATABASE and quit (`Bye`). Databases a session creates live in the container's memory.
 * The password is checked against MYSQL_ROOT_PASSWORD / MARIADB_ROOT_PASSWORD.
 */

import { exitsNow, stderr, stdout, type OutputLine, type Program, type ProcessContext } from './program';
import type { ProgramSession } from './program';
import type { ContainerFs } from './container-fs';
import { notSimulated, serverRuns } from './clients-common';
import { envValue } from './server-log';

const SYSTEM_DATABASES = ['information_schema', 'mysql', 'performance_schema', 'sys'];
const PREFIX = 'sql/';

const isMariadb = (ctx: ProcessContext) => ctx.imagePrograms.some((p) => p.endsWith('mariadbd'));

function prompt(session: ProgramSession): OutputLine[] {
  const text = session.program === 'mariadb' ? `MariaDB [${session.database ?? '(none)'}]> ` : 'mysql> ';
  return [{ stream: 'stdout', text, partial: true }];
}

/** `mysql -u root -pSECRET` (or `mariadb …`): the banner and a prompt, or `-e 'SQL'` run at once. */
export function sqlClient(args: string[], ctx: ProcessContext, fs: ContainerFs): Program {
  const mariadb = isMariadb(ctx);
  const server = mariadb ? 'mariadbd' : 'mysqld';
  if (!serverRuns(ctx, server))
    return exitsNow(
      1,
      stderr(
        `ERROR 2002 (HY000): Can't connect to local ${mariadb ? 'server' : 'MySQL server'} through socket ` +
          `'/var/run/mysqld/mysqld.sock' (2)`,
      ),
    );
  const password = args.find((a) => a.startsWith('-p') && a.length > 2)?.slice(2);
  if (args.includes('-p') || args.includes('--password')) return notSimulated('the password prompt');
  const expected =
    envValue(ctx, mariadb ? 'MARIADB_ROOT_PASSWORD' : 'MYSQL_ROOT_PASSWORD') ?? envValue(ctx, 'MYSQL_ROOT_PASSWORD');
  const warning =
    !mariadb && password !== undefined
      ? stderr('mysql: [Warning] Using a password on the command line interface can be insecure.')
      : [];
  if ((password ?? '') !== (expected ?? ''))
    return exitsNow(1, [
      ...warning,
      ...stderr(
        `ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: ${password ? 'YES' : 'NO'})`,
      ),
    ]);
  const session: ProgramSession = { program: mariadb ? 'mariadb' : 'mysql', prompt: '', tty: ctx.tty };
  const execute = args.indexOf('-e');
  if (execute !== -1)
    return exitsNow(0, [...warning, ...sqlLine(session, args[execute + 1] ?? '', fs).output.filter((l) => !l.partial)]);
  // The package versions (1:11.8.2+maria~ubu2404, 8.4.5-1.el9) as the servers report themselves.
  const mariadbVersion = (envValue(ctx, 'MARIADB_VERSION') ?? '')
    .replace(/^\d+:/, '')
    .replace(/\+maria~(\w+)$/, '-MariaDB-$1');
  const version = mariadb
    ? `${mariadbVersion} mariadb.org binary distribution`
    : `${(envValue(ctx, 'MYSQL_VERSION') ?? '').replace(/-.*$/, '')} MySQL Community Server - GPL`;
  const banner = mariadb
    ? stdout(
        'Welcome to the MariaDB monitor.  Commands end with ; or \\g.',
        'Your MariaDB connection id is 3',
        `Server version: ${version}`,
        '',
        'Copyright (c) 2000, 2018, Oracle, MariaDB Corporation Ab and others.',
        '',
        "Type 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.",
        '',
      )
    : stdout(
        'Welcome to the MySQL monitor.  Commands end with ; or \\g.',
        'Your MySQL connection id is 8',
        `Server version: ${version}`,
        '',
        'Copyright (c) 2000, 2025, Oracle and/or its affiliates.',
        '',
        'Oracle is a registered trademark of Oracle Corporation and/or its',
        'affiliates. Other names may be trademarks of their respective',
        'owners.',
        '',
        "Type 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.",
        '',
      );
  return {
    kind: 'serves',
    output: [...warning, ...banner, ...prompt(session)],
    rwBytes: 0,
    stopSignals: ['SIGTERM'],
    session,
  };
}

/** One line typed at the client's prompt. */
export function sqlLine(
  session: ProgramSession,
  line: string,
  fs: ContainerFs,
): { session: ProgramSession; output: OutputLine[]; quit: boolean } {
  const text = line.trim().replace(/;$/, '').trim();
  const done = (lines: string[], next = session) => ({
    session: next,
    output: [...stdout(...lines), ...prompt(next)],
    quit: false,
  });
  if (/^(exit|quit|\\q)$/i.test(text)) return { session, output: stdout('Bye'), quit: true };
  if (text === '') return done([]);
  const created = Object.keys(fs.memory())
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => k.slice(PREFIX.length));
  const databases = [...SYSTEM_DATABASES, ...created].sort();
  let m: RegExpExecArray | null;
  if (/^show\s+databases$/i.test(text)) return done([...table('Database', databases), '']);
  if ((m = /^create\s+database\s+(?:if\s+not\s+exists\s+)?`?(\w+)`?$/i.exec(text))) {
    if (databases.includes(m[1])) return done([`ERROR 1007 (HY000): Can't create database '${m[1]}'; database exists`]);
    fs.setMemory(PREFIX + m[1], '{}');
    return done(['Query OK, 1 row affected (0.01 sec)', '']);
  }
  if ((m = /^drop\s+database\s+`?(\w+)`?$/i.exec(text))) {
    if (!created.includes(m[1]))
      return done([`ERROR 1008 (HY000): Can't drop database '${m[1]}'; database doesn't exist`]);
    fs.setMemory(PREFIX + m[1], undefined);
    return done(['Query OK, 0 rows affected (0.01 sec)', '']);
  }
  if ((m = /^use\s+`?(\w+)`?$/i.exec(text))) {
    if (!databases.includes(m[1])) return done([`ERROR 1049 (42000): Unknown database '${m[1]}'`]);
    return done(['Database changed'], { ...session, database: m[1] });
  }
  return done([`pelabuhan: this SQL statement is not simulated`]);
}

/** A one-column result as the client draws it, with its row count. */
function table(heading: string, rows: string[]): string[] {
  const width = Math.max(heading.length, ...rows.map((r) => r.length));
  const rule = `+${'-'.repeat(width + 2)}+`;
  return [
    rule,
    `| ${heading.padEnd(width)} |`,
    rule,
    ...rows.map((r) => `| ${r.padEnd(width)} |`),
    rule,
    `${rows.length} rows in set (0.00 sec)`,
  ];
}
