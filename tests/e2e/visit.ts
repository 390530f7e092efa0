// Each e2e test sets up the state it needs: a page read earlier in the same browser is not assumed.
import type { Tab } from './tab';

type Env = { open(): Promise<Tab>; stored(): Promise<Record<string, unknown>> };

/** Opens url, waits until the worker has stored the order under `key`, and closes the tab. */
export async function visit(env: Env, url: string, key: string): Promise<Record<string, unknown>> {
  const tab = await env.open();
  await tab.goto(url);
  let stored: Record<string, unknown> = {};
  for (let tries = 0; tries < 75 && !(key in stored); tries++) {
    await new Promise((done) => setTimeout(done, 200));
    stored = await env.stored();
  }
  await tab.close();
  if (!(key in stored)) throw new Error(`${url} was not stored under ${key}`);
  return stored;
}
