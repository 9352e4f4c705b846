// `docker context inspect [NAME…]` (docker/cli cli/command/context/inspect.go): each context's
// metadata with its (empty) TLS listing and storage paths, as indented JSON or through --format;
// with no name, the current context. Errors are printed after what was found.
import { CliError, type CommandContext } from '../../docker/context';
import { executeDockerTemplate, parseDockerTemplate, preprocessFormat } from '../../format/template';
import { indentJson, jsonToGo } from '../common/go-json';
import {
  contextMetaDir,
  contextNotFound,
  contextTlsDir,
  DEFAULT_CONTEXT_NAME,
  readContext,
  type ContextMeta,
} from '../../client/context-store';
import { currentContext, defaultContext, storeDir } from './context-env';

/** encoding/json escapes <, > and & (the default context's "<IN MEMORY>" storage). */
const goEscape = (text: string) => text.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** The document inspect shows: store.Metadata, TLSMaterial and StorageInfo. */
function documentOf(ctx: CommandContext, meta: ContextMeta): unknown {
  const docker = meta.Endpoints.docker;
  const inMemory = meta.Name === DEFAULT_CONTEXT_NAME;
  const dir = storeDir(ctx);
  return {
    Name: meta.Name,
    // The real client shows the default context's metadata empty here, though `ls` describes it.
    Metadata: meta.Metadata.Description && !inMemory ? { Description: meta.Metadata.Description } : {},
    Endpoints: docker
      ? { docker: { ...(docker.Host ? { Host: docker.Host } : {}), SkipTLSVerify: docker.SkipTLSVerify } }
      : {},
    TLSMaterial: {},
    Storage: {
      MetadataPath: inMemory ? '<IN MEMORY>' : contextMetaDir(dir, meta.Name),
      TLSPath: inMemory ? '<IN MEMORY>' : contextTlsDir(dir, meta.Name),
    },
  };
}

/** Runs `docker context inspect`. */
export function contextInspect(ctx: CommandContext): number {
  const refs = ctx.args.length > 0 ? ctx.args : [currentContext(ctx)];
  const format = ctx.flags.string('format');
  let template;
  if (format !== '') {
    const parsed = parseDockerTemplate(format === 'json' ? '{{json .}}' : preprocessFormat(format).template);
    if (!parsed.ok) throw new CliError(`template parsing error: ${parsed.error}`, 64);
    template = parsed.template;
  }
  const dir = storeDir(ctx);
  const docs: unknown[] = [];
  const errors: string[] = [];
  let buffer = '';
  for (const name of refs) {
    const meta = name === DEFAULT_CONTEXT_NAME ? defaultContext(ctx) : readContext(ctx.local, dir, name);
    if (!meta) {
      errors.push(contextNotFound(dir, name));
      continue;
    }
    const doc = documentOf(ctx, meta);
    if (!template) {
      docs.push(doc);
      continue;
    }
    const result = executeDockerTemplate(template, jsonToGo(doc, false), { methodSet: false, jsonAsMap: false });
    if (result.error !== undefined) errors.push(`template parsing error: ${result.error}`);
    else buffer += `${result.output}\n`;
  }
  if (!template) ctx.out.out(docs.length === 0 ? '[]\n' : `${goEscape(indentJson(docs))}\n`);
  else ctx.out.out(buffer === '' ? '\n' : buffer);
  if (errors.length > 0) throw new CliError(errors.join('\n'));
  return 0;
}
