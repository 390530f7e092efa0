// On a list page, the same guard as on an order's own page: a click on 确认收货 (or 撤销申请) in the row of
// an order with a refund open, or one the buyer marked as a problem, is held and a small dialog asks
// first. 1688's and Taobao's lists put that button beside every order. Plain DOM, like the chips. The
// dialog answers the buyer's own clicks and keys only; where it cannot be drawn, the browser's confirm()
// asks instead.
import type { OrderView } from '../lib/messages';
import type { Translate } from '../lib/i18n';
import { ClickGuard, askPlainly, type GuardKind } from './click-guard';
import type { SetClickHook } from './guard-hook';
import css from './list-guard.css?inline';
import { createShadowHost, type ShadowHost } from './shadow-host';

export class ListGuard {
  private readonly guard: ClickGuard;
  private readonly owns: (button: Element) => boolean;
  private box: ShadowHost | null = null;
  /** The colours chosen in the options, resolved against this page; the page's own until the first reply. */
  theme: 'light' | 'dark' | undefined;

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly setHook: SetClickHook,
    ownerOf: (button: Element) => OrderView | null,
  ) {
    this.guard = new ClickGuard((kind, target, label) => this.ask(kind, target, label));
    this.owns = (button) => !!ownerOf(button)?.guard;
    setHook((event) => {
      this.guard.handle(event);
      // The press the buyer agreed to went through: the note saying to press again has done its job.
      if (!event.defaultPrevented && this.box?.container.querySelector('.press-again')) this.close();
    });
  }

  /** The orders now on the list; the guard is up while any of them has one. */
  update(orders: OrderView[]): void {
    const guarded = orders.filter((o) => o.guard);
    const labels = (pick: (o: OrderView) => string[]) => [...new Set(guarded.flatMap(pick))];
    this.guard.set(
      guarded.length ? { confirmLabels: labels((o) => o.guard!.confirmLabels), withdrawLabels: labels((o) => o.guard!.withdrawLabels) } : null,
      this.owns,
    );
  }

  destroy(): void {
    this.guard.set(null);
    this.setHook(null);
    this.close();
  }

  private ask(kind: GuardKind, target: Element, label: string): boolean {
    const { doc, t } = this;
    let box: ShadowHost;
    try {
      box = this.open();
    } catch {
      return askPlainly(doc, t, kind);
    }
    const dialog = doc.createElement('div');
    dialog.className = 'guard-dialog';
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    const text = doc.createElement('p');
    text.id = 'bc-list-guard-text';
    text.textContent = t(kind === 'confirm' ? 'guard_ask_confirm' : 'guard_ask_withdraw');
    dialog.setAttribute('aria-labelledby', text.id);
    const keep = this.button('guard-keep', t('guard_keep'), () => this.close());
    const proceed = this.button('guard-proceed', t('guard_proceed'), () => {
      this.guard.allowOnce(target);
      const note = doc.createElement('p');
      note.className = 'press-again';
      note.setAttribute('role', 'status');
      note.textContent = t('guard_press_again', label);
      box.container.replaceChildren(note);
    });
    const actions = doc.createElement('div');
    actions.className = 'guard-actions';
    actions.append(keep, proceed);
    dialog.append(text, actions);
    dialog.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && this.close());
    box.container.replaceChildren(dialog);
    // The safe answer takes the focus, so Enter or Space keeps the refund.
    keep.focus();
    return false;
  }

  private button(className: string, text: string, onClick: () => void): HTMLButtonElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.className = className;
    button.textContent = text;
    button.addEventListener('click', (event) => event.isTrusted && onClick());
    return button;
  }

  private open(): ShadowHost {
    if (!this.box?.host.isConnected) {
      this.box = createShadowHost(this.doc, 'guard', css, this.theme);
      (this.doc.body ?? this.doc.documentElement).append(this.box.host);
    }
    return this.box;
  }

  private close(): void {
    this.box?.host.remove();
    this.box = null;
  }
}
