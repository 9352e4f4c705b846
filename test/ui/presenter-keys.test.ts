import { describe, expect, it } from 'vitest';
import { keyAction } from '../../src/ui/presenter/clicker-keys';

const free = { inTextField: false, blank: false };

describe('the presenter key map', () => {
  it('maps what a clicker sends: PageDown and Right go on, PageUp and Left go back', () => {
    expect(keyAction({ key: 'PageDown' }, free)).toEqual({ kind: 'next' });
    expect(keyAction({ key: 'ArrowRight' }, free)).toEqual({ kind: 'next' });
    expect(keyAction({ key: 'PageUp' }, free)).toEqual({ kind: 'prev' });
    expect(keyAction({ key: 'ArrowLeft' }, free)).toEqual({ kind: 'prev' });
  });

  it(
    'maps Space to play/pause, R to restart, F to full screen and B (or a clicker\'s ".") to blank, in either ' +
      'case',
    () => {
      expect(keyAction({ key: ' ' }, free)).toEqual({ kind: 'togglePlay' });
      for (const key of ['r', 'R']) expect(keyAction({ key }, free)).toEqual({ kind: 'restart' });
      for (const key of ['f', 'F']) expect(keyAction({ key }, free)).toEqual({ kind: 'fullscreen' });
      for (const key of ['b', 'B', '.']) expect(keyAction({ key }, free)).toEqual({ kind: 'blank' });
    },
  );

  it('maps digits 1–9 to a 0-based step jump; 0 and other keys do nothing', () => {
    expect(keyAction({ key: '1' }, free)).toEqual({ kind: 'jump', step: 0 });
    expect(keyAction({ key: '9' }, free)).toEqual({ kind: 'jump', step: 8 });
    for (const key of ['0', 'x', 'Enter', 'Escape', 'ArrowUp', 'Tab']) expect(keyAction({ key }, free)).toBeUndefined();
  });

  it('leaves every key alone while focus is in a text field (the terminal, a command box)', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ', 'r', 'f', 'b', '3'])
      expect(keyAction({ key }, { inTextField: true, blank: false })).toBeUndefined();
    expect(keyAction({ key: 'b' }, { inTextField: true, blank: true })).toBeUndefined();
  });

  it('leaves browser shortcuts alone (Ctrl+R reloads, Ctrl+F finds, Alt+Left goes back)', () => {
    expect(keyAction({ key: 'r', ctrlKey: true }, free)).toBeUndefined();
    expect(keyAction({ key: 'f', metaKey: true }, free)).toBeUndefined();
    expect(keyAction({ key: 'ArrowLeft', altKey: true }, free)).toBeUndefined();
  });

  it('brings a blank screen back on any key, and does nothing else with it', () => {
    const blank = { inTextField: false, blank: true };
    for (const key of ['b', 'B', 'ArrowRight', ' ', 'x', '5', 'Escape'])
      expect(keyAction({ key }, blank)).toEqual({ kind: 'unblank' });
    // A modifier pressed on its own is not "a key" for the class.
    expect(keyAction({ key: 'Shift' }, blank)).toBeUndefined();
  });

  it('lets Next and Back repeat when held, but not blank or full screen (a held key must not flicker)', () => {
    expect(keyAction({ key: 'PageDown', repeat: true }, free)).toEqual({ kind: 'next' });
    expect(keyAction({ key: 'b', repeat: true }, free)).toBeUndefined();
    expect(keyAction({ key: 'f', repeat: true }, free)).toBeUndefined();
    expect(keyAction({ key: '2', repeat: true }, free)).toBeUndefined();
  });
});
