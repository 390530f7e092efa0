// The sidebar on an order's own page, in its shadow host at the edge of the viewport.
import { render } from 'preact';
import type { OrderView } from '../lib/messages';
import type { Translate } from '../lib/i18n';
import { createShadowHost } from '../content/shadow-host';
import css from './sidebar.css?inline';
import skipCss from './skip.css?inline';
import { findButton } from '../content/find-button';
import { spotlight } from '../content/spotlight';
import { pillSpot } from '../content/room';
import { Sidebar, type SidebarProps } from './Sidebar';

export type SidebarState = Pick<SidebarProps, 'unreadable' | 'pageSays' | 'anchor' | 'outline' | 'collapsed' | 'confirmOnPage' | 'question' | 'pressAgain' | 'onAnswer' | 'onNotes'> & {
  order: OrderView | null;
};

export class SidebarMount {
  private shadow;
  private dock: HTMLElement;
  private clearSpotlight: (() => void) | null = null;
  private placedAs: boolean | null = null;

  private skip;

  constructor(private doc: Document, private t: Translate, private locale: string, private onCollapse: (c: boolean) => void) {
    this.shadow = createShadowHost(doc, 'sidebar', css);
    this.dock = doc.createElement('div');
    this.dock.className = 'dock';
    this.shadow.container.append(this.dock);
    doc.documentElement.append(this.shadow.host);
    // Keyboard users reach the sidebar first, not after every link of the page.
    this.skip = createShadowHost(doc, 'skip', skipCss);
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'skip';
    button.textContent = t('ui_skip');
    button.addEventListener('click', () => this.focusPanel());
    this.skip.container.append(button);
    (doc.body ?? doc.documentElement).prepend(this.skip.host);
  }

  /** Opens the panel and puts the focus on its heading. */
  focusPanel(): void {
    this.onCollapse(false);
    // The panel is drawn by the state update the collapse answer causes; focus it once it is there.
    const win = this.doc.defaultView;
    const focus = (tries: number) => {
      const heading = this.shadow.root.querySelector<HTMLElement>('.panel h2');
      if (heading) heading.focus();
      else if (tries > 0) win?.setTimeout(() => focus(tries - 1), 50);
    };
    focus(10);
  }

  private showMe = (labels: string[]): boolean => {
    this.clearSpotlight?.();
    const target = findButton(this.doc, labels);
    this.clearSpotlight = target ? spotlight(target, this.shadow.container) : null;
    return target !== null;
  };

  update(state: SidebarState): void {
    if (!this.shadow.host.isConnected) this.doc.documentElement.append(this.shadow.host);
    render(
      <Sidebar {...state} onCollapse={this.onCollapse} showMe={this.showMe} t={this.t} locale={this.locale} />,
      this.dock,
    );
    if (this.placedAs !== state.collapsed) this.place(state.collapsed);
  }

  /** The panel at the top right; the pill in a spot that covers nothing of the page. */
  private place(collapsed: boolean): void {
    this.placedAs = collapsed;
    const style = this.dock.style;
    if (!collapsed) {
      style.removeProperty('left');
      style.removeProperty('top');
      style.removeProperty('right');
      return;
    }
    const box = this.dock.getBoundingClientRect();
    const spot = pillSpot(this.doc, { width: Math.max(box.width, 1), height: Math.max(box.height, 1) });
    style.top = `${spot.top}px`;
    if (spot.side === 'right') {
      style.removeProperty('left');
      style.right = '16px';
    } else {
      style.removeProperty('right');
      style.left = '16px';
    }
  }

  destroy(): void {
    this.clearSpotlight?.();
    render(null, this.dock);
    this.shadow.host.remove();
    this.skip.host.remove();
  }
}
