// `docker compose config`: the project as compose-go normalised it, as YAML (name, services,
// networks, volumes). The key order follows compose-go's types where the simulator knows it; the
// exact layout of every field is approximated (a choice: `config` is optional in this part).
import { stringify } from 'yaml';
import type { ComposeProject, ServiceConfig } from './project';

function service(project: ComposeProject, s: ServiceConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.build) out.build = { context: s.build.context, dockerfile: s.build.dockerfile };
  if (s.command) out.command = s.command;
  if (s.containerName) out.container_name = s.containerName;
  const deps = Object.entries(s.dependsOn);
  if (deps.length)
    out.depends_on = Object.fromEntries(deps.map(([d, c]) => [d, { condition: c.condition, required: c.required }]));
  if (s.entrypoint) out.entrypoint = s.entrypoint;
  if (Object.keys(s.environment).length) out.environment = s.environment;
  if (s.image) out.image = s.image;
  out.networks = Object.fromEntries(s.networks.map((n) => [n, null]));
  if (s.ports.length)
    out.ports = s.ports.map((p) => ({
      mode: 'ingress',
      ...(p.hostIp ? { host_ip: p.hostIp } : {}),
      target: Number(p.target),
      ...(p.published ? { published: p.published } : {}),
      protocol: p.protocol,
    }));
  if (s.restart) out.restart = s.restart;
  if (s.volumes.length)
    out.volumes = s.volumes.map((v) => ({
      type: v.type,
      source: v.source,
      target: v.target,
      ...(v.readOnly ? { read_only: true } : {}),
      ...(v.type === 'bind' ? { bind: {} } : v.type === 'volume' ? { volume: {} } : {}),
    }));
  void project;
  return out;
}

/** The normalised project as `config` prints it. */
export function configText(project: ComposeProject): string {
  const doc: Record<string, unknown> = {
    name: project.name,
    services: Object.fromEntries(
      [...project.services].sort((a, b) => a.name.localeCompare(b.name)).map((s) => [s.name, service(project, s)]),
    ),
  };
  if (project.networks.length)
    doc.networks = Object.fromEntries(
      project.networks.map((n) => [n.key, { name: n.name, ...(n.external ? { external: true } : {}) }]),
    );
  if (project.volumes.length)
    doc.volumes = Object.fromEntries(
      project.volumes.map((v) => [v.key, { name: v.name, ...(v.external ? { external: true } : {}) }]),
    );
  return stringify(doc, { indent: 2, lineWidth: 0, nullStr: 'null' });
}
