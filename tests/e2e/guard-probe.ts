// The guard, as a buyer meets it on any marketplace: press the page's own button, see our question,
// answer it. Each check runs in the page (serialised), so each takes what it needs as its argument.
import { expect } from 'vitest';
import type { Tab } from './tab';

/** A page button by its whole visible text, among the elements a marketplace uses as buttons. */
export type PageButton = { selector: string; label: string };

const question = () => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('[role="alertdialog"]');
const pressAgainShown = () => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.press-again');
const answer = (which: string) => document.querySelector('buyer-clock-sidebar')!.shadowRoot!.querySelector<HTMLButtonElement>(which)!.click();
const heard = () => document.body.dataset.pageHeard ?? '0';

/** The page's own handler, as a marketplace would attach it: it counts the clicks it hears. */
function listen({ selector, label }: PageButton): void {
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
  await tab.run(answer, '.guard-keep');
  await tab.run(press, button);
  await tab.waitFor(question);
  expect(await tab.run(heard)).toBe('0');
  await tab.run(answer, '.guard-proceed');
  await tab.waitFor(pressAgainShown);
  await tab.run(press, button);
  expect(await tab.run(heard)).toBe('1');
  expect(await tab.run(question)).toBe(false);
}

export const guardWarningShown = () => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.tab')?.click(), !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.guard-warning'));

/** The sidebar's red warning, as the buyer reads it. */
export const guardWarningText = () => document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.guard-warning')?.textContent ?? '';
