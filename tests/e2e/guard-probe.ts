// The guard, as a buyer meets it on any marketplace: press the page's own button, see our question,
// answer it. Each check runs in the page (serialised), so each takes what it needs as its argument.
import { expect } from 'vitest';
import type { Tab } from './tab';

/** A page button by its whole visible text, among the elements a marketplace uses as buttons. */
export type PageButton = { selector: string; label: string };

export const question = () => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('[role="alertdialog"]');
const pressAgainShown = () => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.press-again');
/** A real click on one of our answers, in the sidebar or (`host`) another host of ours: the dialog takes the buyer's own clicks only. */
export async function answer(tab: Tab, which: string, host = 'buyer-clock-sidebar'): Promise<void> {
  const at = await tab.run(({ sel, name }) => {
    const box = document.querySelector(name)!.shadowRoot!.querySelector(sel)!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, { sel: which, name: host });
  await tab.clickAt(at.x, at.y);
}
const scriptedAnswer = (which: string) => document.querySelector('buyer-clock-sidebar')!.shadowRoot!.querySelector<HTMLButtonElement>(which)!.click();
export const heard = () => document.body.dataset.pageHeard ?? '0';

/** The page's own handler, as a marketplace would attach it: it counts the clicks it hears. */
export function listen({ selector, label }: PageButton): void {
  const button = [...document.querySelectorAll(selector)].find((b) => b.textContent?.trim() === label)!;
  button.addEventListener('click', (event) => {
    event.preventDefault();
    document.body.dataset.pageHeard = String(Number(document.body.dataset.pageHeard ?? 0) + 1);
  });
}

function press({ selector, label }: PageButton): void {
  [...document.querySelectorAll<HTMLElement>(selector)].find((b) => b.textContent?.trim() === label)!.click();
}

/**
 * A press does not reach the page while we ask; "Don't do it" keeps it from the page; once the buyer
 * agrees, the next press reaches the page, once, and the question is gone.
 */
export async function expectGuardHolds(tab: Tab, button: PageButton): Promise<void> {
  await tab.run(listen, button);
  await tab.run(press, button);
  await tab.waitFor(question);
  expect(await tab.run(heard)).toBe('0');
  await answer(tab, '.guard-keep');
  await tab.run(press, button);
  await tab.waitFor(question);
  expect(await tab.run(heard)).toBe('0');
  // A script's "yes" is no answer: the question stays, the press stays held.
  await tab.run(scriptedAnswer, '.guard-proceed');
  expect(await tab.run(question)).toBe(true);
  await tab.run(press, button);
  expect(await tab.run(heard)).toBe('0');
  await answer(tab, '.guard-proceed');
  await tab.waitFor(pressAgainShown);
  await tab.run(press, button);
  expect(await tab.run(heard)).toBe('1');
  expect(await tab.run(question)).toBe(false);
}

export const guardWarningShown = () => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.tab')?.click(), !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.guard-warning'));

/** The sidebar's red warning, as the buyer reads it. */
export const guardWarningText = () => document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.guard-warning')?.textContent ?? '';

/** In the page: the middle of a page button, scrolled into view, if nothing of ours covers it there. */
export function pageButtonAt({ selector, label }: PageButton): { x: number; y: number } | null {
  const button = [...document.querySelectorAll<HTMLElement>(selector)].find((b) => b.textContent?.trim() === label);
  if (!button) return null;
  button.scrollIntoView({ block: 'center' });
  const box = button.getBoundingClientRect();
  const at = { x: box.left + Math.min(12, box.width / 2), y: box.top + box.height / 2 };
  return button.contains(document.elementFromPoint(at.x, at.y)) ? at : null;
}

/** A real click (isTrusted) on a page button, as the buyer makes it. */
export async function pressForReal(tab: Tab, button: PageButton): Promise<void> {
  const at = await tab.run(pageButtonAt, button);
  expect(at).not.toBeNull();
  await tab.clickAt(at!.x, at!.y);
}
