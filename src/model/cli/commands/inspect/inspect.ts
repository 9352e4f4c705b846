// `docker inspect` and `docker container|image|volume|network inspect` (docker/cli
// cli/command/inspect/inspector.go): the documents as an indented JSON array, or each through a
// --format template, errors collected and printed after the output.
import type { CommandContext, Handler } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError, pathSegment } from '../../client/api-client';
import { executeDockerTemplate, parseDockerTemplate, preprocessFormat } from '../../format/template';
import { indentJson, jsonToGo } from '../common/go-json';
import { typedDocument, type InspectKind } from './typed-document';

type Kind = InspectKind;

/** Looks one object up; `notFound` marks a 404 (the type-less inspect then tries the next type). */
type Lookup = { ok: true; doc: unknown; kind: Kind } | { ok: false; error: string; notFound: boolean };

function lookup(ctx: CommandContext, kind: Kind, name: string): Lookup {
  if (name === '' && kind !== 'image')
    return { ok: false, error: `invalid ${kind} name or ID: value is empty`, notFound: false };
  const path = {
    container: `/containers/${pathSegment(name)}/json`,
    image: `/images/${pathSegment(name)}/json`,
    volume: `/volumes/${pathSegment(name)}`,
    network: `/networks/${pathSegment(name)}`,
  }[kind];
  const query = kind === 'container' ? { size: ctx.flags.bool('size') } : {};
  const response = ctx.client.request('GET', path, query);
  if (isError(response)) return { ok: false, error: daemonError(response), notFound: response.status === 404 };
  return { ok: true, doc: response.json, kind };
}

/** inspect.Inspect: print what was found, then fail with every error. */
function inspectAll(ctx: CommandContext, find: (name: string) => Lookup): number {
  const { out } = ctx;
  const format = ctx.flags.string('format');
  const docs: unknown[] = [];
  const errors: string[] = [];
  let template;
  if (format !== '') {
    const text = format === 'json' ? '{{json .}}' : preprocessFormat(format).template;
    const parsed = parseDockerTemplate(text);
    if (!parsed.ok) throw new CliError(`template parsing error: ${parsed.error}`, 64);
    template = parsed.template;
  }
  let buffer = '';
  for (const name of ctx.args) {
    const found = find(name);
    if (!found.ok) {
      errors.push(found.error);
      continue;
    }
    if (!template) {
      docs.push(found.doc);
      continue;
    }
    // TemplateInspector: the typed document first; if that fails, the raw map with missingkey=error.
    let result = executeDockerTemplate(template, typedDocument(found.kind, found.doc), {
      methodSet: false,
      jsonAsMap: false,
    });
    if (result.error !== undefined)
      result = executeDockerTemplate(template, jsonToGo(found.doc, true), {
        methodSet: false,
        jsonAsMap: false,
        missingKeyError: true,
      });
    if (result.error !== undefined) errors.push(`template parsing error: ${result.error}`);
    else buffer += `${result.output}\n`;
  }
  if (!template) out.out(docs.length === 0 ? '[]\n' : `${indentJson(docs)}\n`);
  else out.out(buffer === '' ? '\n' : buffer);
  if (errors.length > 0) throw new CliError(errors.join('\n'));
  return 0;
}

/** `docker <kind> inspect`. */
export function typedInspect(kind: Kind): Handler {
  return (ctx) => inspectAll(ctx, (name) => lookup(ctx, kind, name));
}

const TYPES = ['container', 'image', 'network', 'volume', 'config', 'node', 'plugin', 'secret', 'service', 'task'];

/** `docker inspect`: tries each kind of object in docker's order unless --type says which. */
export function inspect(ctx: CommandContext): number {
  const type = ctx.flags.string('type');
  if (type !== '' && !TYPES.includes(type))
    throw new CliError(
      `unknown type: "${type}": must be one of ${[...TYPES]
        .sort()
        .map((t) => `"${t}"`)
        .join(', ')}`,
    );
  const kinds: Kind[] =
    type === '' ? ['container', 'image', 'network', 'volume'] : TYPES.slice(0, 4).includes(type) ? [type as Kind] : [];
  // With --type the daemon's own error is the answer.
  if (type !== '')
    return inspectAll(ctx, (name) =>
      kinds.length > 0
        ? lookup(ctx, kinds[0], name)
        : { ok: false, error: `Error: No such object: ${name}`, notFound: true },
    );
  return inspectAll(ctx, (name) => {
    for (const kind of kinds) {
      const found = lookup(ctx, kind, name);
      if (found.ok || !found.notFound) return found;
    }
    return { ok: false, error: `Error: No such object: ${name}`, notFound: true };
  });
}
