// Every docker command the simulator runs, by path; aliases share a handler.
import type { Handler } from '../docker/context';
import { ps } from './ps';
import { images } from './image/images';
import { pull } from './image/pull';
import { rmi } from './image/rmi';
import { tag } from './image/tag';
import { imagePrune } from './image/prune';
import { create } from './container/create';
import { run } from './container/run';
import { kill, pause, restart, rm, start, stop, unpause } from './container/lifecycle';
import { logs } from './container/logs';
import { exec } from './container/exec';
import { containerPrune } from './container/prune';
import { stats } from './container/stats';
import { inspect, typedInspect } from './inspect/inspect';
import { version } from './system/version';
import { info } from './system/info';
import { systemDf } from './system/df';
import { volumeCreate, volumeLs, volumeRm } from './volume/volume';
import { volumePrune } from './volume/prune';
import { networkPrune } from './network/prune';
import { systemPrune } from './system/prune';
import { compose } from '../compose/compose-command';
import { networkConnect, networkCreate, networkDisconnect, networkLs, networkRm } from './network/network';

/** The handlers by command path. */
export const DOCKER_HANDLERS: Readonly<Record<string, Handler>> = {
  ps,
  'container ls': ps,
  images,
  'image ls': images,
  pull,
  'image pull': pull,
  rmi,
  'image rm': rmi,
  tag,
  'image tag': tag,
  'image inspect': typedInspect('image'),
  'image prune': imagePrune,
  create,
  'container create': create,
  run,
  'container run': run,
  start,
  'container start': start,
  stop,
  'container stop': stop,
  restart,
  'container restart': restart,
  kill,
  'container kill': kill,
  pause,
  'container pause': pause,
  unpause,
  'container unpause': unpause,
  rm,
  'container rm': rm,
  logs,
  'container logs': logs,
  exec,
  'container exec': exec,
  'container inspect': typedInspect('container'),
  'container prune': containerPrune,
  stats,
  'container stats': stats,
  inspect,
  version,
  info,
  'system info': info,
  'system df': systemDf,
  'system prune': systemPrune,
  'volume create': volumeCreate,
  'volume ls': volumeLs,
  'volume inspect': typedInspect('volume'),
  'volume rm': volumeRm,
  'volume prune': volumePrune,
  'network create': networkCreate,
  'network ls': networkLs,
  'network inspect': typedInspect('network'),
  'network rm': networkRm,
  'network connect': networkConnect,
  'network disconnect': networkDisconnect,
  'network prune': networkPrune,
  compose,
};
