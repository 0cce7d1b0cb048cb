import { beforeEach } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";

// Each test starts with an empty fake extension API: no listeners, no storage left from another.
beforeEach(() => fakeBrowser.reset());
