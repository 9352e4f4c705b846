/**
 * Boots a classroom page instead of the simulator: `?mode=progress`, `?mode=teacher`, a class link
 * (`?class=<token>`: asks the learner's name once, then shows their progress) or a shared
 * achievements link (`?achievements=<token>`). Its own chunk: the simulator never loads it.
 */

import { msg } from '@lit/localize';
import { classroomStorage, readLearnerClass } from './classroom-store';
import { readClassToken } from './class-key';
import { loadCatalog } from './catalog';
import type { ProgressNotice } from './sim-progress-page';

/** Mounts the classroom page the address asks for in `#app`; the language is already applied. */
export async function bootClassroom(search: string): Promise<void> {
  const params = new URLSearchParams(search);
  const root = document.getElementById('app')!;
  const catalog = await loadCatalog();
  if (params.has('achievements')) {
    await import('./sim-achievements-view');
    const view = document.createElement('sim-achievements-view');
    view.token = params.get('achievements') ?? '';
    root.replaceChildren(view);
    document.title = `${msg('Achievements', { id: 'classroom.achievements' })} · Pelabuhan`;
  } else if (params.get('mode') === 'teacher') {
    await import('./sim-teacher-page');
    const page = document.createElement('sim-teacher-page');
    page.catalog = catalog;
    root.replaceChildren(page);
    document.title = `${msg('Teacher', { id: 'classroom.nav.teacher' })} · Pelabuhan`;
  } else {
    await import('./sim-progress-page');
    const page = document.createElement('sim-progress-page');
    page.catalog = catalog;
    if (params.has('class')) {
      const cls = readClassToken(params.get('class') ?? '');
      const mine = readLearnerClass(classroomStorage());
      let notice: ProgressNotice = '';
      if (!cls) notice = 'bad-class';
      else if (mine?.learner && sameKey(mine.key, cls.key)) notice = 'joined';
      else page.joining = cls;
      page.notice = notice;
      // The class link has done its work (or said it is broken): the address becomes the progress page's.
      if (notice) history.replaceState(history.state, '', '?mode=progress');
    }
    root.replaceChildren(page);
    document.title = `${msg('My progress', { id: 'classroom.nav.progress' })} · Pelabuhan`;
  }
  document.documentElement.dataset.ready = 'true';
}

function sameKey(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
