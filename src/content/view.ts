// What the page code hands its view (chips on a list, the sidebar on every other page) and what it gets
// back. Each file of page code holds one view, so a page carries only the one it shows.
import type { Translate } from '../lib/i18n';
import type { Message, PageReadReply } from '../lib/messages';
import type { PageReading } from '../rules/model';
import type { SetClickHook } from './guard-hook';

export type ViewHost = {
  doc: Document;
  t: Translate;
  locale: string;
  /** To the worker; undefined once the extension is gone from under the page. */
  send: (message: Message) => Promise<unknown>;
  setGuardHook: SetClickHook;
};

export type View = {
  show(reading: PageReading, reply: PageReadReply): void;
  destroy(): void;
  /** The subtree every order shown lives in, if the view knows it: changes elsewhere cannot alter a reading. */
  region?(): Element | null;
  /** Opens the view and moves the keyboard focus into it (the focus command). */
  focus?(): void;
};

export type ViewModule = { createView(host: ViewHost): View };
