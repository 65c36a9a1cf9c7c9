export type KeyActionName =
  | 'next'
  | 'prev'
  | 'open'
  | 'toggleRead'
  | 'toggleStar'
  | 'confirmReveal'
  | 'search'
  | 'help'
  | 'closeHelp'
  | 'pendingG'
  | 'goFeed'
  | 'goShows'
  | 'cancel';

export interface KeyPress {
  key: string;
  ctrl?: boolean;
  alt?: boolean;
  meta?: boolean;
}

export interface KeyState {
  dialog: 'help' | 'confirm' | null;
  typing: boolean;
  onControl?: boolean;
  pending: 'g' | null;
  current: { hidden: boolean } | null;
}

export declare function keyAction(press: KeyPress, state: KeyState): KeyActionName | null;
export declare function moveTo(index: number, count: number, action: 'next' | 'prev'): number;
