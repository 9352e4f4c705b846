/**
 * Every registry of a new world: Docker Hub and the cloud registries, built from the catalog
 * data with image build times relative to the world's start.
 */
import { buildRegistry } from './build-registry';
import type { RegistryIdentity } from './build-registry';
import {
  ACR,
  ACR_IMAGES,
  DIGITALOCEAN,
  DIGITALOCEAN_IMAGES,
  ECR,
  ECR_IMAGES,
  GCR,
  GCR_IMAGES,
  GHCR,
  GHCR_IMAGES,
} from './catalog-cloud';
import { COURSE_APP_IMAGES } from './catalog-hub-course-apps';
import { COURSE_DATABASE_IMAGES } from './catalog-hub-course-databases';
import { DATABASE_IMAGES } from './catalog-hub-databases';
import { LANGUAGE_IMAGES } from './catalog-hub-languages';
import { ORACLE_IMAGES } from './catalog-hub-oracle';
import { VERSION_IMAGES } from './catalog-hub-versions';
import { OS_IMAGES } from './catalog-hub-os';
import { WEB_IMAGES } from './catalog-hub-web';
import type { ImageSpec } from './image-spec';
import type { Registries } from './registry-state';

/** Docker Hub: referenced as `docker.io`, served from `registry-1.docker.io`. */
export const DOCKER_HUB: RegistryIdentity = { host: 'docker.io', apiHost: 'registry-1.docker.io', flavor: 'hub' };

/** Each registry with the images it holds, in the order they are built. */
export const REGISTRY_CATALOG: Array<[RegistryIdentity, ImageSpec[]]> = [
  [
    DOCKER_HUB,
    [
      ...ORACLE_IMAGES,
      ...OS_IMAGES,
      ...WEB_IMAGES,
      ...DATABASE_IMAGES,
      ...LANGUAGE_IMAGES,
      ...VERSION_IMAGES,
      ...COURSE_DATABASE_IMAGES,
      ...COURSE_APP_IMAGES,
    ],
  ],
  [DIGITALOCEAN, DIGITALOCEAN_IMAGES],
  [GCR, GCR_IMAGES],
  [ECR, ECR_IMAGES],
  [ACR, ACR_IMAGES],
  [GHCR, GHCR_IMAGES],
];

/** Builds all registries, keyed by reference domain; `nowMs` is the world's start time. */
export function createRegistries(nowMs: number): Registries {
  const out: Registries = {};
  for (const [identity, images] of REGISTRY_CATALOG) out[identity.host] = buildRegistry(identity, images, nowMs);
  return out;
}
