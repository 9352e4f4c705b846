/**
 * mongosh talking to the mongod of its own container: its connection banner and `test>` prompt,
 * `show dbs`, `use`, `db`, `show collections`, and on a collection insertOne, insertMany, find,
 * findOne, countDocuments, deleteOne and drop. Documents live in the container's memory store, so
 * a later `docker exec` finds them.
 */

import {
  exitsNow,
  stderr,
  stdout,
  type OutputLine,
  type Program,
  type ProcessContext,
  type ProgramSession,
} from './program';
import type { ContainerFs } from './container-fs';
import { serverRuns } from './clients-common';
import { envValue } from './server-log';
import { inspect, matches, readLiteral, type MongoValue } from './mongo-values';

// The mongosh the mongo:7 image installs (its mongodb-mongosh package); not in the image's Env, so a guess.
const MONGOSH_VERSION = '2.5.0';
const PREFIX = 'mongo/';

const prompt = (db: string): OutputLine[] => [{ stream: 'stdout', text: `${db}> `, partial: true }];

/** `mongosh [--quiet] [--eval js]`: the banner and a prompt, or the result of `--eval`. */
export function mongosh(args: string[], ctx: ProcessContext, fs: ContainerFs): Program {
  const evalIndex = args.indexOf('--eval');
  if (!serverRuns(ctx, 'mongod')) return exitsNow(1, stderr('MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017'));
  const session: ProgramSession = { program: 'mongosh', prompt: 'test> ', database: 'test', tty: ctx.tty };
  if (evalIndex !== -1) {
    const step = mongoshLine(session, args[evalIndex + 1] ?? '', ctx, fs);
    return exitsNow(
      0,
      step.output.filter((l) => !l.partial),
    );
  }
  const banner = args.includes('--quiet') ? [] : bannerLines(ctx, fs);
  return { kind: 'serves', output: [...banner, ...prompt('test')], rwBytes: 0, stopSignals: ['SIGINT'], session };
}

function bannerLines(ctx: ProcessContext, fs: ContainerFs): OutputLine[] {
  const logId = (Math.floor(ctx.nowMs / 1000).toString(16) + ctx.hostname + '0000000000000000').slice(0, 24);
  const version = envValue(ctx, 'MONGO_VERSION') ?? '7.0.20';
  return stdout(
    `Current Mongosh Log ID:\t${logId}`,
    `Connecting to:\t\tmongodb://127.0.0.1:27017/?directConnection=true&serverSelectionTimeoutMS=2000` +
      `&appName=mongosh+${MONGOSH_VERSION}`,
    `Using MongoDB:\t\t${version}`,
    `Using Mongosh:\t\t${MONGOSH_VERSION}`,
    '',
    'For mongosh info see: https://www.mongodb.com/docs/mongodb-shell/',
    '',
    ...(fs.memory()[`${PREFIX}.telemetry-notice`] === undefined ? telemetryNotice(fs) : []),
  );
}

// Printed by the first mongosh run only (it records that it did in ~/.mongodb).
function telemetryNotice(fs: ContainerFs): string[] {
  fs.setMemory(`${PREFIX}.telemetry-notice`, 'shown');
  return [
    'To help improve our products, anonymous usage data is collected and sent to MongoDB periodically ' +
      '(https://www.mongodb.com/legal/privacy-policy).',
    'You can opt-out by running the disableTelemetry() command.',
    '',
  ];
}

type Collection = MongoValue[];

function load(fs: ContainerFs, db: string, coll: string): Collection {
  const raw = fs.memory()[`${PREFIX}${db}/${coll}`];
  return raw === undefined ? [] : (JSON.parse(raw) as Collection);
}

function save(fs: ContainerFs, db: string, coll: string, docs: Collection | undefined): void {
  fs.setMemory(`${PREFIX}${db}/${coll}`, docs === undefined ? undefined : JSON.stringify(docs));
}

function collections(fs: ContainerFs, db: string): string[] {
  return Object.keys(fs.memory())
    .filter((k) => k.startsWith(`${PREFIX}${db}/`))
    .map((k) => k.slice(`${PREFIX}${db}/`.length))
    .sort();
}

function nextObjectId(ctx: ProcessContext, fs: ContainerFs): { $oid: string } {
  const counter = Number(fs.memory()[`${PREFIX}.counter`] ?? '0') + 1;
  fs.setMemory(`${PREFIX}.counter`, String(counter));
  const seconds = Math.floor(ctx.nowMs / 1000)
    .toString(16)
    .padStart(8, '0');
  const machine = (ctx.hostname + '0000000000').slice(0, 10).replace(/[^0-9a-f]/g, '0');
  return { $oid: `${seconds}${machine}${counter.toString(16).padStart(6, '0')}` };
}

/** One line typed at the mongosh prompt. */
export function mongoshLine(
  session: ProgramSession,
  line: string,
  ctx: ProcessContext,
  fs: ContainerFs,
): { session: ProgramSession; output: OutputLine[]; quit: boolean } {
  const db = session.database ?? 'test';
  const text = line.trim().replace(/;$/, '');
  const done = (lines: string[], next = session) => ({
    session: next,
    output: [...stdout(...lines), ...prompt(next.database ?? 'test')],
    quit: false,
  });
  if (text === '') return done([]);
  if (/^(exit|quit|\.exit)(\(\))?$/.test(text)) return { session, output: [], quit: true };
  if (text === 'db') return done([db]);
  const use = /^use\s+(\S+)$/.exec(text);
  if (use) return done([`switched to db ${use[1]}`], { ...session, database: use[1], prompt: `${use[1]}> ` });
  if (text === 'show dbs' || text === 'show databases') return done(showDbs(fs));
  if (text === 'show collections' || text === 'show tables') return done(collections(fs, db));
  const call = /^db\.([A-Za-z_][\w]*)\.([A-Za-z]+)\(([\s\S]*)\)$/.exec(text);
  if (!call) {
    const name = /^[A-Za-z_$][\w$]*/.exec(text)?.[0];
    return done([name ? `ReferenceError: ${name} is not defined` : `SyntaxError: Unexpected token`]);
  }
  const [, coll, method, argText] = call;
  const arg = argText.trim() === '' ? null : readLiteral(argText)?.value;
  if (arg === undefined) return done(['SyntaxError: Unexpected token']);
  return done(collectionCall(ctx, fs, db, coll, method, arg).split('\n'));
}

function collectionCall(
  ctx: ProcessContext,
  fs: ContainerFs,
  db: string,
  coll: string,
  method: string,
  arg: MongoValue,
): string {
  const docs = load(fs, db, coll);
  const withId = (doc: MongoValue) =>
    typeof doc === 'object' && doc !== null && !Array.isArray(doc) && !('_id' in doc)
      ? { _id: nextObjectId(ctx, fs), ...doc }
      : doc;
  switch (method) {
    case 'insertOne': {
      const doc = withId(arg ?? {});
      save(fs, db, coll, [...docs, doc]);
      return inspect({ acknowledged: true, insertedId: (doc as Record<string, MongoValue>)._id });
    }
    case 'insertMany': {
      const added = (Array.isArray(arg) ? arg : []).map(withId);
      save(fs, db, coll, [...docs, ...added]);
      const ids: Record<string, MongoValue> = {};
      added.forEach((d, k) => (ids[String(k)] = (d as Record<string, MongoValue>)._id));
      return inspect({ acknowledged: true, insertedIds: ids });
    }
    case 'find': {
      const found = docs.filter((d) => matches(d, arg));
      return found.length === 0 ? '' : inspect(found);
    }
    case 'findOne':
      return inspect(docs.find((d) => matches(d, arg)) ?? null);
    case 'countDocuments':
      return String(docs.filter((d) => matches(d, arg)).length);
    case 'deleteOne': {
      const k = docs.findIndex((d) => matches(d, arg));
      if (k !== -1)
        save(
          fs,
          db,
          coll,
          docs.filter((_, j) => j !== k),
        );
      return inspect({ acknowledged: true, deletedCount: k === -1 ? 0 : 1 });
    }
    case 'drop':
      save(fs, db, coll, undefined);
      return 'true';
    default:
      return `TypeError: db.${coll}.${method} is not a function`;
  }
}

// The databases every mongod has, then the ones holding collections; sizes as `show dbs` prints them.
function showDbs(fs: ContainerFs): string[] {
  const user = new Set(
    Object.keys(fs.memory())
      .filter((k) => k.startsWith(PREFIX) && !k.startsWith(`${PREFIX}.`))
      .map((k) => k.slice(PREFIX.length).split('/')[0]),
  );
  const rows: Array<[string, string]> = [
    ['admin', '40.00 KiB'],
    ['config', '12.00 KiB'],
    ['local', '40.00 KiB'],
    ...[...user].sort().map((db): [string, string] => [db, '40.00 KiB']),
  ].sort((a, b) => (a[0] < b[0] ? -1 : 1)) as Array<[string, string]>;
  const width = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([name, size]) => `${name.padEnd(width)}  ${size}`);
}
