// Which reader action a key press asks for, in the page's state: no DOM here (keys.js does the rest), so the rules
// are tested on their own (key-actions.test.ts). Served as a file (/assets/key-actions.js) like every script.

/**
 * The action of a key press, or null to leave the press to the browser. `press` is the key (KeyboardEvent.key) and
 * whether Ctrl, Alt or Meta was held; `state` says what is open, whether the reader is typing in a field or the focus
 * is on a control of its own (a link, a button), whether "g" was pressed just before, and the current entry (null
 * when none, else whether it is a hidden card).
 */
export function keyAction(press, state) {
  if (press.ctrl || press.alt || press.meta) return null;
  // A confirm handles its own keys (Enter, Esc); nothing else may act behind it.
  if (state.dialog === 'confirm') return null;
  if (state.dialog === 'help') return press.key === 'Escape' || press.key === '?' ? 'closeHelp' : null;
  if (state.typing) return null;
  if (state.pending === 'g') {
    if (press.key === 'f') return 'goFeed';
    if (press.key === 's') return 'goShows';
    return 'cancel';
  }
  const current = state.current;
  switch (press.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'prev';
    case 'o':
      return current ? 'open' : null;
    case 'Enter':
      // Enter on a link or button inside an entry does what it always does.
      return current && !state.onControl ? 'open' : null;
    case 'm':
      return current && !current.hidden ? 'toggleRead' : null;
    case 's':
      return current ? 'toggleStar' : null;
    case 'r':
      return current?.hidden ? 'confirmReveal' : null;
    case '/':
      return 'search';
    case '?':
      return 'help';
    case 'g':
      return 'pendingG';
    default:
      return null;
  }
}

/** The index of the entry to move to from `index` (-1: none yet) among `count` entries; j from none is the first. */
export function moveTo(index, count, action) {
  if (!count) return -1;
  if (index < 0) return action === 'next' ? 0 : count - 1;
  return Math.max(0, Math.min(count - 1, index + (action === 'next' ? 1 : -1)));
}
