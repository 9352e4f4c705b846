// A service's `build:` as compose builds it when BuildKit is not reachable through buildx (the
// classic path of pkg/compose/build.go: `Service web Building`, the build, `Service web Built`):
// the context directory is packed as a tar and sent as `POST /build` (version 2, the simulated
// BuildKit builder), tagged with the service's image. The build's own step output is not shown here
// (the classic path writes it to stdout; the simulator keeps compose's events only: a choice).
import type { ApiClient } from '../client/api-client';
import { daemonError, isError } from '../client/api-client';
import { CliError } from '../docker/context';
import { packTar, type TarEntry } from '../../kernel/ustar';
import type { LocalFiles } from '../client/local-files';
import { serviceImage, type ComposeProject, type ServiceConfig } from './project';
import type { ProgressWriter } from './progress-writer';

function contextEntries(files: LocalFiles, dir: string, prefix = ''): TarEntry[] {
  const entries: TarEntry[] = [];
  for (const name of files.list(dir) ?? []) {
    const path = `${dir}/${name}`;
    const rel = prefix ? `${prefix}/${name}` : name;
    if (files.isDirectory(path)) {
      entries.push({ name: rel, type: 'dir' });
      entries.push(...contextEntries(files, path, rel));
    } else entries.push({ name: rel, type: 'file', content: files.read(path) ?? '' });
  }
  return entries;
}

/** Builds one service's image; throws the build's error. */
export function buildService(
  client: ApiClient,
  localFiles: LocalFiles | undefined,
  project: ComposeProject,
  s: ServiceConfig,
  w: ProgressWriter,
): void {
  const id = `Service ${s.name}`;
  const build = s.build!;
  if (!localFiles?.isDirectory(build.context))
    throw new CliError(`unable to prepare context: path "${build.context}" not found`);
  w.event({ id, status: 'working', statusText: 'Building' });
  const tar = packTar(contextEntries(localFiles, build.context));
  const response = client.request(
    'POST',
    '/build',
    { dockerfile: build.dockerfile, t: serviceImage(project, s), version: '2' },
    tar,
  );
  if (isError(response)) {
    w.event({ id, status: 'error', statusText: 'Error' });
    throw new CliError(daemonError(response));
  }
  let error: string | undefined;
  if (response.body)
    client.readStream(response.body, (frames) => {
      for (const frame of frames)
        if ('json' in frame && error === undefined) {
          const m = frame.json as { error?: string; errorDetail?: { message?: string } };
          if (m.error) error = m.errorDetail?.message ?? m.error;
        }
    });
  if (error !== undefined) {
    w.event({ id, status: 'error', statusText: 'Error' });
    throw new CliError(`failed to solve: ${error}`);
  }
  w.event({ id, status: 'done', statusText: 'Built' });
}
