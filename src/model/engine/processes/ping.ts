/**
 * BusyBox `ping` (networking/ping.c, FEATURE_FANCY_PING), as alpine ships it: it resolves the host
 * (/etc/hosts, then Docker's DNS on user-defined networks), sends one echo request a second, prints
 * each reply, and ends with the statistics block. Replies come from the addresses the container
 * can reach; round-trip times are small and fixed by the container's seed, so a replay prints the
 * same bytes. The process takes virtual time: with `-c N` it exits when the Nth reply arrives,
 * (N-1) seconds and one round trip after it started.
 */

import { stderr, stdout, type OutputLine, type Program, type ProcessContext } from './program';
import { nextInt, seedRandom } from '../../kernel/random';

const DEFDATALEN = 56;
const ICMP_MINLEN = 8;
const MAXWAIT = 10;
const SECOND_US = 1_000_000;
// The replying kernel's IP TTL: Linux's default (net.ipv4.ip_default_ttl).
const REPLY_TTL = 64;

interface PingOptions {
  host: string;
  quiet: boolean;
  /** -c: 0 means no limit. */
  count: number;
  datalen: number;
  /** -w: seconds until ping exits, 0 for none. */
  deadline: number;
  /** -W: seconds to wait for a reply after the last request, when none came. */
  timeout: number;
}

// getopt32's "qvAc:+s:t:+w:+W:+I:np:46": options that take an argument, and the plain flags.
const WITH_ARG = new Set(['c', 's', 't', 'w', 'W', 'I', 'p']);
const FLAGS = new Set(['q', 'v', 'A', 'n', '4', '6']);
const NUMERIC = new Set(['c', 't', 'w', 'W']);

const fail = (text: string): Program => ({
  kind: 'exits',
  exitCode: 1,
  afterMs: 0,
  output: stderr(text),
  stopSignals: [],
});
const usage = (error: string): Program => ({
  kind: 'exits',
  exitCode: 1,
  afterMs: 0,
  output: stderr(...(error ? [error] : []), 'Usage: ping [OPTIONS] HOST'),
  stopSignals: [],
});

/** Parses ping's arguments as getopt32 does (musl's getopt_long permutes: options may follow HOST). */
function parseOptions(args: string[]): PingOptions | Program {
  const opts: PingOptions = { host: '', quiet: false, count: 0, datalen: DEFDATALEN, deadline: 0, timeout: MAXWAIT };
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j];
      if (FLAGS.has(letter)) {
        if (letter === 'q') opts.quiet = true;
        continue;
      }
      if (!WITH_ARG.has(letter)) return usage(`ping: unrecognized option: ${letter}`);
      let value = arg.slice(j + 1);
      if (value === '') {
        if (i + 1 >= args.length) return usage(`ping: option requires an argument: ${letter}`);
        value = args[++i];
      }
      if (NUMERIC.has(letter) || letter === 's') {
        if (!/^\d+$/.test(value)) return fail(`ping: invalid number '${value}'`);
        if (letter === 's' && Number(value) > 65535) return fail(`ping: number ${value} is not in 0..65535 range`);
        const n = Number(value);
        if (letter === 'c') opts.count = n;
        if (letter === 's') opts.datalen = n;
        if (letter === 'w') opts.deadline = n;
        if (letter === 'W') opts.timeout = n;
      }
      break;
    }
  }
  // "=1": exactly one HOST.
  if (operands.length !== 1) return usage('');
  opts.host = operands[0];
  return opts;
}

/** An IPv4 literal in dotted-quad form, normalized (`172.018.0.3` is not accepted, as inet_pton). */
function ipv4Literal(text: string): string | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m || m.slice(1).some((p) => Number(p) > 255 || (p.length > 1 && p.startsWith('0')))) return null;
  return m.slice(1).join('.');
}

/** getaddrinfo as musl does it in a container: a literal, then /etc/hosts, then the DNS server. */
function resolve(host: string, ctx: ProcessContext): string | null {
  const literal = ipv4Literal(host);
  if (literal) return literal;
  const name = host.toLowerCase().replace(/\.$/, '');
  const view = ctx.network;
  const hosts = view?.hosts ?? { localhost: '127.0.0.1' };
  for (const [entry, ip] of Object.entries(hosts)) if (entry.toLowerCase() === name) return ip;
  for (const [entry, ip] of Object.entries(view?.dns ?? {})) if (entry.toLowerCase() === name) return ip;
  return null;
}

const ms3 = (us: number) => `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;

/** Runs `ping ARGS` in the container. */
export function ping(args: string[], ctx: ProcessContext): Program {
  const parsed = parseOptions(args);
  if ('kind' in parsed) return parsed;
  const opts = parsed;
  const dotted = resolve(opts.host, ctx);
  // libbb's str2sockaddr: bb_error_msg_and_die("bad address '%s'", host), exit status 1.
  if (dotted === null) return fail(`ping: bad address '${opts.host}'`);
  if (opts.count === 0 && opts.deadline === 0) {
    return fail(
      'pelabuhan: ping without -c or -w runs until Ctrl+C, which this simulator does not model; use ping -c N ' +
        '(for example ping -c 2 HOST)',
    );
  }

  const reachable = (ctx.network?.reachable ?? ['127.0.0.1']).includes(dotted) || dotted.startsWith('127.');
  const local = dotted.startsWith('127.') || dotted === ctx.ipAddress;
  const random = seedRandom(`${ctx.network?.seed ?? ctx.hostname}:ping:${args.join(' ')}`);
  const rtt = () => (local ? 30 + nextInt(random, 41) : 50 + nextInt(random, 71));

  const output: OutputLine[] = stdout(`PING ${opts.host} (${dotted}): ${opts.datalen} data bytes`);
  const timed = opts.datalen >= 4;
  const size = opts.datalen + ICMP_MINLEN;
  let transmitted = 0;
  let received = 0;
  let tmin = Number.POSITIVE_INFINITY;
  let tmax = 0;
  let tsum = 0;
  let endUs = 0;
  for (let k = 0; ; k++) {
    const sentAt = k * SECOND_US;
    transmitted++;
    // sendping_tail counts the request, then finds the -w deadline passed and prints the statistics.
    if (opts.deadline && sentAt >= opts.deadline * SECOND_US) {
      endUs = sentAt;
      break;
    }
    if (reachable) {
      const trip = rtt();
      received++;
      tmin = Math.min(tmin, trip);
      tmax = Math.max(tmax, trip);
      tsum += trip;
      if (!opts.quiet)
        output.push(
          ...stdout(`${size} bytes from ${dotted}: seq=${k} ttl=${REPLY_TTL}${timed ? ` time=${ms3(trip)} ms` : ''}`),
        );
      if (opts.count && received >= opts.count) {
        endUs = sentAt + trip;
        break;
      }
    }
    if (opts.count && transmitted >= opts.count) {
      // All sent and no reply to the last one: wait -W seconds (10 by default), then give up.
      endUs = sentAt + opts.timeout * SECOND_US;
      break;
    }
  }
  const loss = transmitted ? Math.floor(((transmitted - received) * 100) / transmitted) : 0;
  output.push(
    ...stdout(
      '',
      `--- ${opts.host} ping statistics ---`,
      `${transmitted} packets transmitted, ${received} packets received, ${loss}% packet loss`,
    ),
  );
  if (received > 0 && timed) {
    const tavg = Math.floor(tsum / received);
    output.push(...stdout(`round-trip min/avg/max = ${ms3(tmin)}/${ms3(tavg)}/${ms3(tmax)} ms`));
  }
  const exitCode = received === 0 || (opts.deadline && received < opts.count) ? 1 : 0;
  // PID 1 without handlers ignores SIGTERM; ping handles SIGINT (it prints the statistics and exits).
  return { kind: 'exits', exitCode, afterMs: Math.ceil(endUs / 1000), output, stopSignals: ['SIGINT'] };
}
