/** The explanation's sentences, in the reader's language (Docker's own words stay as Docker prints them). */

import { msg, str } from '@lit/localize';
import type { ExplainFact } from './explain';

const list = (items: string[]) => items.join(', ');

/** One or two sentences for a fact. */
export function factText(f: ExplainFact): string {
  switch (f.kind) {
    case 'daemonDown':
      return msg(
        'The docker client could not reach the daemon: it is stopped, so nothing answers the REST API. Turn the daemon switch on and try again.',
        { id: 'explain.daemonDown' },
      );
    case 'daemonStopped':
      return msg(
        str`The daemon stopped, and with it ${f.stoppedContainers} running container(s). From now on every docker command fails, because the client has no one to talk to.`,
        { id: 'explain.daemonStopped' },
      );
    case 'daemonStarted':
      return msg('The daemon is running again. Containers it stopped stay stopped until you start them.', {
        id: 'explain.daemonStarted',
      });
    case 'pullReused':
      return msg(
        str`${f.image}: Docker downloaded ${f.downloaded} layer(s) and reused ${list(f.reused)}, which this daemon already had from ${list(f.reusedFrom) || '-'}. A layer is stored once and shared by every image built on it.`,
        { id: 'explain.pullReused' },
      );
    case 'pullFresh':
      return msg(
        str`${f.image} came from the registry ${f.registry} as ${f.layers} read-only layer(s). Each layer is stored once, so later images with the same base will reuse it.`,
        { id: 'explain.pullFresh' },
      );
    case 'pullUpToDate':
      return msg(str`${f.image} was already here with every layer, so nothing was downloaded.`, {
        id: 'explain.pullUpToDate',
      });
    case 'created':
      return f.started
        ? msg(
            str`Container ${f.name} was created from ${f.image} and started: it is a thin writable layer on top of the image's read-only layers, not a copy of the image.`,
            { id: 'explain.createdStarted' },
          )
        : msg(
            str`Container ${f.name} was created from ${f.image} but not started: it is a thin writable layer on top of the image's read-only layers, not a copy of the image.`,
            { id: 'explain.created' },
          );
    case 'started':
      return msg(str`Container ${f.name} is running.`, { id: 'explain.started' });
    case 'stopped':
      return msg(
        str`Container ${f.name} stopped with exit code ${f.exitCode}. It still exists, keeps its writable layer and its name, and still uses its image.`,
        { id: 'explain.stopped' },
      );
    case 'paused':
      return msg(str`Container ${f.name} is paused: its processes are frozen but it still counts as running.`, {
        id: 'explain.paused',
      });
    case 'unpaused':
      return msg(str`Container ${f.name} runs again.`, { id: 'explain.unpaused' });
    case 'removed':
      return msg(str`Container ${f.name} was removed with its writable layer; the name ${f.name} is free again.`, {
        id: 'explain.removed',
      });
    case 'nameConflict':
      return msg(
        str`The name ${f.name} was refused because container ${f.holder} already has it. Names are unique on a daemon, even for stopped containers: remove or rename that container, or pick another name.`,
        { id: 'explain.nameConflict' },
      );
    case 'imageInUse':
      return f.running
        ? msg(
            str`${f.image} was not removed: the running container ${f.container} uses its layers. Stop and remove the container first.`,
            { id: 'explain.imageInUseRunning' },
          )
        : msg(
            str`${f.image} was not removed: container ${f.container} uses its layers, even though it is stopped. Remove the container first, or force it with -f.`,
            { id: 'explain.imageInUse' },
          );
    case 'imageRemoved':
      return msg(
        str`${f.image} was removed, with the ${f.layersDeleted} layer(s) no other image used. Layers shared with other images stay.`,
        { id: 'explain.imageRemoved' },
      );
    case 'imageUntagged':
      return msg(str`Only the tag ${f.image} was removed; the image stays because other tags still point to it.`, {
        id: 'explain.imageUntagged',
      });
    case 'built':
      return msg(
        str`The daemon built ${f.image}: ${f.cached} step(s) came from the build cache and ${f.ran} ran. The Build view shows why each step ran.`,
        { id: 'explain.built' },
      );
    case 'pushed':
      return msg(
        str`${f.image} is now in the registry ${f.registry}: ${f.sent} layer(s) were uploaded, and ${f.kept} the registry already had (or mounted from another repository) did not travel. Any daemon that can reach it can pull it now.`,
        { id: 'explain.pushed' },
      );
    case 'volumeCreated':
      return msg(
        str`Volume ${f.name} was created. It lives outside every container, so its data survives when a container is removed.`,
        { id: 'explain.volumeCreated' },
      );
    case 'volumeRemoved':
      return msg(str`Volume ${f.name} and its data were removed.`, { id: 'explain.volumeRemoved' });
    case 'networkCreated':
      return msg(str`Network ${f.name} was created. Containers attached to it can reach each other by name.`, {
        id: 'explain.networkCreated',
      });
    case 'networkRemoved':
      return msg(str`Network ${f.name} was removed.`, { id: 'explain.networkRemoved' });
    case 'readOnly':
      return msg(str`This command only asked the daemon for information (${f.requests} request(s)); nothing changed.`, {
        id: 'explain.readOnly',
      });
    case 'clientOnly':
      return msg('The docker client refused this command itself, before asking the daemon anything.', {
        id: 'explain.clientOnly',
      });
    case 'apiError':
      return msg(str`The daemon answered ${f.status}: ${f.message}`, { id: 'explain.apiError' });
  }
}

/** The one or two sentences the panel shows for a command. */
export function explainText(facts: ExplainFact[]): string[] {
  const order: ExplainFact['kind'][] = [
    'daemonDown',
    'nameConflict',
    'imageInUse',
    'pullReused',
    'pullFresh',
    'pullUpToDate',
  ];
  const ranked = [...facts].sort((a, b) => rank(a) - rank(b));
  function rank(f: ExplainFact): number {
    const i = order.indexOf(f.kind);
    return i < 0 ? order.length : i;
  }
  // One or two sentences in all: a second fact is added only when the first took one sentence.
  // Facts restored from storage may be of a kind this version does not know: they are skipped.
  const texts = ranked
    .map(factText)
    .filter((t): t is string => typeof t === 'string')
    .slice(0, 2);
  const sentences = (t: string) => t.split(/[.!?](?:\s|$)/).filter((x) => x.trim()).length;
  return texts.length > 1 && sentences(texts[0]) > 1 ? texts.slice(0, 1) : texts;
}
