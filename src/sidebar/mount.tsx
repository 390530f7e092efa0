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
import type { Side } from '../lib/sites';

export type SidebarState = Pick<SidebarProps, 'unreadable' | 'pageSays' | 'anchor' | 'outline' | 'collapsed' | 'confirmOnPage' | 'question' | 'pressAgain' | 'onAnswer' | 'onNotes' | 'onSide'> & {
  order: OrderView | null;
  side: Side;
  theme: 'light' | 'dark';
};

export class SidebarMount {
  private shadow;
  private dock: HTMLElement;
  private clearSpotlight: (() => void) | null = null;
  private placedAs: string | null = null;

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
    // Colours and side are set before the first render paints: the panel never shows in the wrong ones.
    this.shadow.container.dataset.theme = state.theme;
    this.skip.container.dataset.theme = state.theme;
    render(
      <Sidebar {...state} onCollapse={this.onCollapse} showMe={this.showMe} t={this.t} locale={this.locale} />,
      this.dock,
    );
    const placed = `${state.collapsed}:${state.side}`;
    if (this.placedAs !== placed) this.place(state.collapsed, state.side);
    this.placedAs = placed;
  }

  /** The panel at the top of the buyer's side; the pill in a spot that covers nothing of the page, that side first. */
  private place(collapsed: boolean, side: Side): void {
    const style = this.dock.style;
    if (!collapsed) {
      style.removeProperty('top');
      if (side === 'right') {
        style.removeProperty('left');
        style.removeProperty('right');
      } else {
        style.left = '16px';
        style.right = 'auto';
      }
      return;
    }
    const box = this.dock.getBoundingClientRect();
    const spot = pillSpot(this.doc, { width: Math.max(box.width, 1), height: Math.max(box.height, 1) }, side);
    style.top = `${spot.top}px`;
    if (spot.side === 'right') {
      style.removeProperty('left');
      style.right = '16px';
    } else {
      style.right = 'auto';
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
