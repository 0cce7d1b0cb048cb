// The demo page is an extension page, where content scripts do not run: it starts the same
// reader itself, with its own tab router.
import { browser } from "wxt/browser";
import { createTabRouter } from "../../lib/messaging/tab-router";
import { startReader } from "../../lib/page/reader";
import { remoteSessions } from "../../lib/page/remote-spotter";

const { signal } = new AbortController();
const messages = createTabRouter(browser.runtime.id);
messages.listen(browser.runtime.onMessage, signal);
// The demo article never moves to another address; corrections are for web pages.
startReader({ signal, messages, onLocation: () => () => {} }, remoteSessions());
