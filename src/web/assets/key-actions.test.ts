import { describe, expect, it } from 'vitest';
import { type KeyPress, type KeyState, keyAction, moveTo } from './key-actions.js';

const base: KeyState = { dialog: null, typing: false, onControl: false, pending: null, current: null };
const onShown: KeyState = { ...base, current: { hidden: false } };
const onHidden: KeyState = { ...base, current: { hidden: true } };

describe('keyAction: which action a key press asks for', () => {
  it.each<[string, KeyPress, KeyState, ReturnType<typeof keyAction>]>([
    ['j moves on from nothing', { key: 'j' }, base, 'next'],
    ['k moves back', { key: 'k' }, onShown, 'prev'],
    ['o opens the current item', { key: 'o' }, onShown, 'open'],
    ['o without a current item does nothing', { key: 'o' }, base, null],
    ['Enter opens the current item', { key: 'Enter' }, onShown, 'open'],
    ['Enter on a link or button inside it is the browser’s', { key: 'Enter' }, { ...onShown, onControl: true }, null],
    ['Enter with no current item is the browser’s', { key: 'Enter' }, base, null],
    ['m marks a shown item', { key: 'm' }, onShown, 'toggleRead'],
    ['m does nothing on a hidden card (its read mark is not shown)', { key: 'm' }, onHidden, null],
    ['s stars a shown item', { key: 's' }, onShown, 'toggleStar'],
    ['s stars a hidden card too', { key: 's' }, onHidden, 'toggleStar'],
    ['s without a current item does nothing', { key: 's' }, base, null],
    ['r on a hidden card asks first', { key: 'r' }, onHidden, 'confirmReveal'],
    ['r on a shown item does nothing', { key: 'r' }, onShown, null],
    ['/ goes to the search box', { key: '/' }, base, 'search'],
    ['? opens the help', { key: '?' }, onShown, 'help'],
    ['g waits for the next key', { key: 'g' }, base, 'pendingG'],
    ['g f goes to the feed', { key: 'f' }, { ...base, pending: 'g' }, 'goFeed'],
    ['g s goes to the shows (not a star)', { key: 's' }, { ...onShown, pending: 'g' }, 'goShows'],
    ['g then another key cancels', { key: 'j' }, { ...base, pending: 'g' }, 'cancel'],
    ['an unbound key is the browser’s', { key: 'x' }, onShown, null],
    ['Shift+J is not j', { key: 'J' }, onShown, null],
  ])('%s', (_, press, state, expected) => {
    expect(keyAction(press, state)).toBe(expected);
  });

  it.each<[string, KeyPress]>([
    ['Ctrl', { key: 'j', ctrl: true }],
    ['Alt', { key: 's', alt: true }],
    ['Meta (Cmd+R reloads)', { key: 'r', meta: true }],
    ['Ctrl on "/"', { key: '/', ctrl: true }],
  ])('with %s held, keys are the browser’s', (_, press) => {
    expect(keyAction(press, onHidden)).toBeNull();
  });

  it.each(['j', 'k', 'o', 'm', 's', 'r', '/', '?', 'g', 'Enter'])('typing "%s" in a field is only typing', (key) => {
    expect(keyAction({ key }, { ...onHidden, typing: true })).toBeNull();
    expect(keyAction({ key }, { ...onShown, typing: true, pending: 'g' })).toBeNull();
  });

  it.each(['j', 'k', 'o', 'm', 's', 'r', '/', '?', 'g', 'Enter', 'Escape'])(
    'while the reveal confirm is open, "%s" is left to it',
    (key) => {
      expect(keyAction({ key }, { ...onHidden, dialog: 'confirm' })).toBeNull();
    },
  );

  it.each<[string, ReturnType<typeof keyAction>]>([
    ['Escape', 'closeHelp'],
    ['?', 'closeHelp'],
    ['j', null],
    ['r', null],
    ['s', null],
  ])('with the help open, "%s" → %s', (key, expected) => {
    expect(keyAction({ key }, { ...onHidden, dialog: 'help' })).toBe(expected);
  });
});

describe('moveTo: the entry j and k move to', () => {
  it.each<[number, number, 'next' | 'prev', number]>([
    [-1, 5, 'next', 0],
    [-1, 5, 'prev', 4],
    [0, 5, 'next', 1],
    [4, 5, 'next', 4],
    [0, 5, 'prev', 0],
    [3, 5, 'prev', 2],
    [-1, 0, 'next', -1],
    [0, 1, 'next', 0],
  ])('from %i of %i, %s → %i', (index, count, action, expected) => {
    expect(moveTo(index, count, action)).toBe(expected);
  });
});
