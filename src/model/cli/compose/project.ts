// The compose project as compose-go's loader hands it to docker/compose (types.Project): the
// services with their normalised settings, the project's networks and volumes with their engine
// names (`<project>_<key>`), the file it came from. Everything the commands need, nothing of YAML.

/** How a service waits for another (depends_on's long syntax; the list form is service_started). */
export interface ServiceDependency {
  condition: 'service_started' | 'service_healthy' | 'service_completed_successfully';
  required: boolean;
}

/** One mount of a service (the short `src:dst:mode` or the long syntax). */
export interface ServiceVolume {
  type: 'volume' | 'bind' | 'tmpfs';
  /** A key of the project's volumes, a host path (made absolute), or '' for an anonymous volume. */
  source: string;
  target: string;
  readOnly: boolean;
}

/** A port mapping (`8081:8081`, `127.0.0.1:80:80/udp`, or the long syntax). */
export interface ServicePort {
  hostIp: string;
  published: string;
  target: string;
  protocol: string;
}

/** One service as compose-go normalises it. */
export interface ServiceConfig {
  name: string;
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  entrypoint?: string[];
  environment: Record<string, string | null>;
  ports: ServicePort[];
  volumes: ServiceVolume[];
  /** Network keys of the project, in the order written; `default` when none is given. */
  networks: string[];
  dependsOn: Record<string, ServiceDependency>;
  restart?: string;
  containerName?: string;
}

/** A network or volume of the project: its key in the file and its name on the engine. */
export interface ProjectResource {
  key: string;
  name: string;
  external: boolean;
  driver?: string;
}

/** The loaded project. */
export interface ComposeProject {
  name: string;
  workingDir: string;
  configFiles: string[];
  services: ServiceConfig[];
  networks: ProjectResource[];
  volumes: ProjectResource[];
  /** The file as loaded (after validation), for `config`. */
  raw: Record<string, unknown>;
}

/** The engine name of a container of a service (compose's `<project>-<service>-<n>`, or container_name). */
export function containerName(project: ComposeProject, service: ServiceConfig, number = 1): string {
  return service.containerName ?? `${project.name}-${service.name}-${number}`;
}

/** The image a service runs: its `image`, or for a build without one `<project>-<service>` (compose's default). */
export function serviceImage(project: ComposeProject, service: ServiceConfig): string {
  return service.image ?? `${project.name}-${service.name}`;
}

/** The services in depends_on order (dependencies first), stable by file order otherwise. */
export function dependencyOrder(services: readonly ServiceConfig[]): ServiceConfig[] {
  const byName = new Map(services.map((s) => [s.name, s]));
  const done = new Set<string>();
  const ordered: ServiceConfig[] = [];
  const visit = (s: ServiceConfig, path: Set<string>) => {
    if (done.has(s.name) || path.has(s.name)) return;
    path.add(s.name);
    for (const dep of Object.keys(s.dependsOn)) {
      const d = byName.get(dep);
      if (d) visit(d, path);
    }
    done.add(s.name);
    ordered.push(s);
  };
  for (const s of services) visit(s, new Set());
  return ordered;
}
