// The demo page is an extension page, where content scripts do not run: it starts the same
// reader itself.
import deflatedIndex from "../../data/build/alias-index.deflate.json";
import { startReader } from "../../lib/page/reader";
import { spotSessions } from "../../lib/page/spotter";

startReader({ signal: new AbortController().signal }, spotSessions(deflatedIndex as string));
