// The service worker (an event page in Firefox): wiring only. It wakes for messages and nothing else yet.
import browser from '../lib/browser';
import type { Runtime } from '../lib/browser';
import type { KeyValueArea } from '../lib/storage';
import { createRouter } from './router';
import { createStore } from './store';

const store = createStore(browser.storage.local as KeyValueArea, () => new Date());
const route = createRouter({
  store, runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL(''), now: () => new Date(),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
