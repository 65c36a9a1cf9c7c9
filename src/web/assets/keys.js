// The reader's keyboard (j/k, o/Enter, m, s, r, /, g f, g s, ?): served as a file, as the Content-Security-Policy
// allows no inline script. Progressive: every action is one of the page's own forms or links (a form posts with its
// CSRF token and comes back to the page at the entry, #item-<id>, where the focus lands again), so nothing here works
// that does not work without JavaScript. A hidden card is revealed only through its reveal form, after the confirm.
import { keyAction, moveTo } from './key-actions.js';

const help = document.getElementById('key-help');
const confirm = document.getElementById('reveal-confirm');
const entries = () => [...document.querySelectorAll('main [data-item]')];
let current = null;
let pending = null;
let pendingTimer = 0;

/** Marks the entry the keys act on (the focus may be on a control inside it). */
function setCurrent(entry) {
  if (current) current.classList.remove('kbd-current');
  current = entry;
  entry?.classList.add('kbd-current');
}

function focusEntry(entry) {
  if (!entry) return;
  setCurrent(entry);
  entry.tabIndex = -1;
  entry.focus({ preventScroll: true });
  entry.scrollIntoView({ block: 'nearest' });
}

const isTyping = (el) =>
  !!el && (el.isContentEditable || (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && el.type !== 'hidden'));

function stateOf(target) {
  const entry = target?.closest?.('main [data-item]');
  if (entry && entry !== current) setCurrent(entry);
  return {
    dialog: confirm?.open ? 'confirm' : help?.open ? 'help' : null,
    typing: isTyping(target),
    onControl: !!target?.closest?.('a, button, summary'),
    pending,
    current: current?.isConnected ? { hidden: current.dataset.hidden === 'true' } : null,
  };
}

const submit = (form) => form?.requestSubmit();

function open(entry) {
  const link = entry.querySelector('.item-title a');
  // A hidden card's page shows only why it is hidden, like the card.
  location.href = link ? link.href : `/items/${encodeURIComponent(entry.dataset.item)}`;
}

function confirmReveal(entry) {
  const form = entry.querySelector('form.reveal');
  if (!confirm || !form) return submit(form);
  const reasons = confirm.querySelector('.confirm-reasons');
  if (reasons) reasons.replaceChildren(...[...entry.querySelectorAll('.reasons li')].map(reasonItem));
  confirm.returnValue = '';
  confirm.onclose = () => {
    if (confirm.returnValue === 'reveal') submit(form);
  };
  confirm.showModal();
}

function reasonItem(li) {
  const item = document.createElement('li');
  // The reason's own text only (not its progress link): "reveals My Liberation Notes ep. 11; you are at ep. 10".
  item.textContent = li.firstChild?.textContent?.trim() ?? '';
  return item;
}

const actions = {
  next: () => focusEntry(entries()[moveTo(entries().indexOf(current), entries().length, 'next')] ?? null),
  prev: () => focusEntry(entries()[moveTo(entries().indexOf(current), entries().length, 'prev')] ?? null),
  open: () => open(current),
  toggleRead: () => submit(current.querySelector('form.item-action.mark')),
  toggleStar: () => submit(current.querySelector('form.item-action.star')),
  confirmReveal: () => confirmReveal(current),
  search: () => document.getElementById('site-search')?.focus(),
  help: () => help?.showModal(),
  closeHelp: () => help?.close(),
  goFeed: () => {
    location.href = '/';
  },
  goShows: () => {
    location.href = '/shows';
  },
  cancel: () => {},
  pendingG: () => {
    pending = 'g';
    clearTimeout(pendingTimer);
    pendingTimer = setTimeout(() => {
      pending = null;
    }, 1500);
  },
};

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing) return;
  const press = { key: event.key, ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey };
  const action = keyAction(press, stateOf(event.target));
  if (action !== 'pendingG') pending = null;
  if (!action) return;
  event.preventDefault();
  actions[action]();
});

// Back from a form at an entry (#item-<id>): the focus is where the reader acted.
const landed = location.hash.startsWith('#item-') && document.getElementById(location.hash.slice(1));
if (landed?.matches('[data-item]')) focusEntry(landed);
document.addEventListener('focusin', (event) => {
  const entry = event.target.closest?.('main [data-item]');
  if (entry && entry !== current) setCurrent(entry);
});
