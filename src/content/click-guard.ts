// Stops a click on the page's "confirm receipt" (or "withdraw request") button while a guard is up, and
// asks the buyer first. After the buyer agrees, the next click on that same button goes through: a
// synthetic click from us would arrive untrusted, and some pages ignore those. Where our own question
// cannot be drawn, the browser's confirm() asks instead, and its yes lets this very click through.
import { deepText } from '../marketplaces/common/shadow';
import { buttonLabel, CLICKABLE, matchesLabel } from './find-button';
import { isOurs } from './shadow-host';
import type { Translate } from '../lib/i18n';

export type GuardKind = 'confirm' | 'withdraw';
export type GuardLabels = { confirmLabels: string[]; withdrawLabels: string[] };

/** On a list, whether the clicked button sits in the row of an order under guard. */
export type Owns = (button: Element) => boolean;

export class ClickGuard {
  private labels: GuardLabels | null = null;
  private owns: Owns | null = null;
  private pass: Element | null = null;

  /** `ask` answers true only when the buyer already said yes (a confirm() of the browser's): the click goes on. */
  constructor(private ask: (kind: GuardKind, target: Element, label: string) => boolean | void) {}

  /** `owns` narrows the guard to some orders' rows on a page that shows many; without it, the whole page. */
  set(labels: GuardLabels | null, owns: Owns | null = null): void {
    this.labels = labels;
    this.owns = owns;
    if (!labels) this.pass = null;
  }

  allowOnce(target: Element): void {
    this.pass = target;
  }

  readonly handle = (event: MouseEvent): void => {
    if (!this.labels) return;
    // At the window, a click inside a shadow root is retargeted to its outermost host: look along the
    // composed path for the button itself.
    const target = event.composedPath().find((n): n is Element => n instanceof Element && n.matches(CLICKABLE));
    if (!target || isOurs(target)) return;
    const label = buttonLabel(target);
    const kind: GuardKind | null = matchesLabel(label, this.labels.confirmLabels)
      ? 'confirm'
      : matchesLabel(label, this.labels.withdrawLabels) ? 'withdraw' : null;
    if (!kind || (this.owns && !this.owns(target))) return;
    if (this.pass === target) {
      this.pass = null;
      return;
    }
    let goOn = false;
    try {
      goOn = this.ask(kind, target, deepText(target) || label) === true;
    } finally {
      // Whatever went wrong in asking, the click stays held.
      if (!goOn) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    }
  };
}

/**
 * The browser's own question, which no page script can answer or see: true when the buyer says yes. A
 * page that blocks dialogs (a sandbox) makes it answer false, and the button stays held.
 */
export const askPlainly = (doc: Document, t: Translate, kind: GuardKind): boolean =>
  doc.defaultView?.confirm(t(kind === 'confirm' ? 'guard_ask_confirm' : 'guard_ask_withdraw')) === true;
