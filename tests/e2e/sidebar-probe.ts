// Functions evaluated inside the page (e2e build: our shadow roots are open) to see what the buyer sees.
// They are serialised into the page, so each must be self-contained.

export type SidebarSnapshot = {
  present: boolean;
  shadowOpen: boolean;
  text: string;
  clocks: string[];
  next: string;
  showMe: boolean;
};

export function probeSidebar(): SidebarSnapshot {
  const host = document.querySelector('buyer-clock-sidebar');
  const root = host?.shadowRoot;
  return {
    present: !!host,
    shadowOpen: !!root,
    text: root?.textContent?.replace(/\s+/g, ' ') ?? '',
    clocks: [...(root?.querySelectorAll('[data-clock]') ?? [])].map((el) => el.getAttribute('data-clock') ?? ''),
    next: root?.querySelector('.next-sentence')?.textContent ?? '',
    showMe: !!root?.querySelector('button.show-me'),
  };
}

export function clickShowMe(): boolean {
  const button = document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.show-me');
  button?.click();
  return !!button;
}

/** Does the spotlight ring surround the page's own button with this label? */
export function spotlightAround(label: string): { ring: boolean; target: boolean; surrounds: boolean } {
  const ring = document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('[data-testid="bc-spotlight"]');
  const target = [...document.querySelectorAll('button, a')].find((el) => el.textContent?.trim() === label);
  if (!ring || !target) return { ring: !!ring, target: !!target, surrounds: false };
  const r = ring.getBoundingClientRect();
  const b = target.getBoundingClientRect();
  const surrounds = r.left <= b.left && r.top <= b.top && r.right >= b.right && r.bottom >= b.bottom && r.width < b.width + 40;
  return { ring: true, target: true, surrounds };
}

export function chipCount(): number {
  return document.querySelectorAll('buyer-clock-chip').length;
}

/** The spoken label of the chip placed beside the order id, or null when that order has none. */
export function chipLabelBeside(orderId: string): string | null {
  const chip = [...document.querySelectorAll('buyer-clock-chip')].find((c) => c.previousElementSibling?.textContent?.includes(orderId));
  return chip?.shadowRoot?.querySelector('.chip')?.getAttribute('aria-label') ?? null;
}

export function chipTexts(): string[] {
  return [...document.querySelectorAll('buyer-clock-chip')].map((el) => el.shadowRoot?.querySelector('.chip')?.textContent?.trim() ?? '');
}

export function hostState(): { sidebar: boolean; chips: number; shadowRoot: boolean } {
  const host = document.querySelector('buyer-clock-sidebar');
  return { sidebar: !!host, chips: document.querySelectorAll('buyer-clock-chip').length, shadowRoot: !!host?.shadowRoot };
}
