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
import { build } from './build/build';
import { history } from './build/history';
import { builderPrune } from './build/builder-prune';
import { login } from './registry/login';
import { logout } from './registry/logout';
import { push } from './registry/push';
// The compose plugin is plugged in later (src/model/compose.ts): the slot keeps it out of the client's chunk.
import { compose } from '../compose/compose-slot';
import { networkConnect, networkCreate, networkDisconnect, networkLs, networkRm } from './network/network';
import { contextLs } from './context/context-ls';
import { contextShow, contextUse } from './context/context-use';
import { contextCreate } from './context/context-create';
import { contextInspect } from './context/context-inspect';
import { contextRm } from './context/context-rm';

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
  push,
  'image push': push,
  login,
  logout,
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
  'context ls': contextLs,
  'context use': contextUse,
  'context show': contextShow,
  'context inspect': contextInspect,
  'context create': contextCreate,
  'context rm': contextRm,
  build,
  'image build': build,
  'builder build': build,
  history,
  'image history': history,
  'builder prune': builderPrune,
  compose,
};
