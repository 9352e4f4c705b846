/**
 * Private registries of the cloud providers the course names, each with its real host-name form,
 * holding small app images built FROM official images (so a pull reuses the layers a student
 * already has from Docker Hub).
 */
import { NGINX_ALPINE, NGINX_LATEST } from './catalog-hub-oracle';
import { ALPINE_3_22_STEPS } from './catalog-hub-bases';
import { HTTPD } from './catalog-hub-web';
import { NODE_ALPINE, PYTHON_SLIM } from './catalog-hub-languages';
import { fromImage, step, syntheticLayer } from './image-spec';
import type { BuildStep, ImageSpec } from './image-spec';
import type { RegistryIdentity } from './build-registry';

const DAY = 86_400;

/** DigitalOcean Container Registry: `registry.digitalocean.com/<registry>/<repo>`. */
export const DIGITALOCEAN: RegistryIdentity = {
  host: 'registry.digitalocean.com',
  apiHost: 'registry.digitalocean.com',
  flavor: 'token',
};
/** Google Container Registry (served by Artifact Registry): `gcr.io/<project>/<image>`. */
export const GCR: RegistryIdentity = { host: 'gcr.io', apiHost: 'gcr.io', flavor: 'gcr' };
/** Amazon ECR (private): `<12-digit account>.dkr.ecr.<region>.amazonaws.com/<repo>`; ap-southeast-3 is Jakarta. */
export const ECR: RegistryIdentity = {
  host: '123456789012.dkr.ecr.ap-southeast-3.amazonaws.com',
  apiHost: '123456789012.dkr.ecr.ap-southeast-3.amazonaws.com',
  flavor: 'ecr',
};
/** Azure Container Registry: `<registry>.azurecr.io/<repo>`, the registry's "login server". */
export const ACR: RegistryIdentity = { host: 'pelabuhan.azurecr.io', apiHost: 'pelabuhan.azurecr.io', flavor: 'token' };
/** GitHub Container Registry: `ghcr.io/<owner>/<image>`. */
export const GHCR: RegistryIdentity = { host: 'ghcr.io', apiHost: 'ghcr.io', flavor: 'token' };

/** A static site: nginx plus the built HTML and a server block. */
function staticSite(repository: string, tags: string[], base: ImageSpec, seed: string, ago: number): ImageSpec {
  return {
    repository,
    tags,
    createdAgoSeconds: ago,
    config: { ...base.config },
    steps: [
      ...fromImage(base),
      step('COPY nginx.conf /etc/nginx/conf.d/default.conf # buildkit', syntheticLayer(`${seed}-conf`, 412, 861)),
      step('COPY dist/ /usr/share/nginx/html/ # buildkit', syntheticLayer(`${seed}-html`, 1_184_000, 3_420_000)),
    ],
  };
}

/** A Python web service: dependencies in one layer, the code in the next, so code edits reuse the first. */
function pythonService(
  repository: string,
  tags: string[],
  seed: string,
  port: number,
  cmd: string[],
  ago: number,
): ImageSpec {
  const steps: BuildStep[] = [
    ...fromImage(PYTHON_SLIM),
    step('WORKDIR /app', syntheticLayer(`${seed}-workdir`, 32, 0)),
    step('COPY requirements.txt . # buildkit', syntheticLayer(`${seed}-requirements`, 298, 214)),
    step(
      'RUN /bin/sh -c pip install --no-cache-dir -r requirements.txt # buildkit',
      syntheticLayer(`${seed}-pip`, 14_800_000, 52_600_000),
    ),
    step('COPY . . # buildkit', syntheticLayer(`${seed}-code`, 96_000, 340_000)),
    step(`EXPOSE map[${port}/tcp:{}]`),
    step(`CMD ${JSON.stringify(cmd).replace(/","/g, '" "')}`),
  ];
  return {
    repository,
    tags,
    createdAgoSeconds: ago,
    config: { ...PYTHON_SLIM.config, Cmd: cmd, WorkingDir: '/app', ExposedPorts: { [`${port}/tcp`]: {} } },
    steps,
  };
}

/** registry.digitalocean.com/pelabuhan: the course's own web front end and API. */
export const DIGITALOCEAN_IMAGES: ImageSpec[] = [
  staticSite('pelabuhan/webapp', ['1.0', 'latest'], NGINX_ALPINE, 'do-webapp-1.0', 3 * DAY),
  {
    repository: 'pelabuhan/api',
    tags: ['1.0', 'latest'],
    createdAgoSeconds: 2 * DAY,
    config: {
      ...NODE_ALPINE.config,
      Env: [...(NODE_ALPINE.config.Env ?? []), 'NODE_ENV=production'],
      Cmd: ['node', 'server.js'],
      WorkingDir: '/app',
      ExposedPorts: { '3000/tcp': {} },
    },
    steps: [
      ...fromImage(NODE_ALPINE),
      step('WORKDIR /app', syntheticLayer('do-api-1.0-workdir', 32, 0)),
      step('COPY package*.json ./ # buildkit', syntheticLayer('do-api-1.0-package-json', 21_400, 98_200)),
      step(
        'RUN /bin/sh -c npm ci --omit=dev # buildkit',
        syntheticLayer('do-api-1.0-node-modules', 9_870_000, 41_300_000),
      ),
      step('COPY . . # buildkit', syntheticLayer('do-api-1.0-code', 186_000, 612_000)),
      step('ENV NODE_ENV=production'),
      step('EXPOSE map[3000/tcp:{}]'),
      step('CMD ["node" "server.js"]'),
    ],
  },
];

/** The hello-app sample: a static Go binary on alpine that answers on port 8080. */
function helloApp(version: string, ago: number): ImageSpec {
  return {
    repository: 'google-samples/hello-app',
    tags: [version],
    createdAgoSeconds: ago,
    config: {
      Cmd: ['/hello-app'],
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'PORT=8080'],
    },
    steps: [
      ...ALPINE_3_22_STEPS,
      step(
        `COPY /app/hello-app /hello-app # buildkit`,
        syntheticLayer(`gcr-hello-app-${version}`, 3_120_000, 6_620_000),
      ),
      step('ENV PORT=8080'),
      step('CMD ["/hello-app"]'),
    ],
  };
}

/** gcr.io: Google's public sample project, and a course project. */
export const GCR_IMAGES: ImageSpec[] = [
  helloApp('1.0', 20 * DAY),
  helloApp('2.0', 19 * DAY),
  pythonService('pelabuhan-demo/worker', ['2.1', 'latest'], 'gcr-worker-2.1', 8080, ['python', 'worker.py'], 4 * DAY),
];

/** The ECR account's repositories. */
export const ECR_IMAGES: ImageSpec[] = [
  pythonService(
    'pelabuhan/orders',
    ['1.4.2', 'latest'],
    'ecr-orders-1.4.2',
    8000,
    ['gunicorn', '-b', '0.0.0.0:8000', 'orders.wsgi'],
    5 * DAY,
  ),
];

/** pelabuhan.azurecr.io: a Debian-based site and a reporting job. */
export const ACR_IMAGES: ImageSpec[] = [
  staticSite('webapp', ['2.0', 'latest'], NGINX_LATEST, 'acr-webapp-2.0', 6 * DAY),
  pythonService('reports', ['1.0'], 'acr-reports-1.0', 8080, ['python', 'reports.py'], 7 * DAY),
];

/** ghcr.io/pelabuhan: the course documentation, served by Apache httpd. */
export const GHCR_IMAGES: ImageSpec[] = [
  {
    repository: 'pelabuhan/docs',
    tags: ['1.2', 'latest'],
    createdAgoSeconds: DAY,
    config: { ...HTTPD.config },
    steps: [
      ...fromImage(HTTPD),
      step(
        'COPY ./public-html/ /usr/local/apache2/htdocs/ # buildkit',
        syntheticLayer('ghcr-docs-1.2-html', 2_310_000, 6_050_000),
      ),
    ],
  },
];
