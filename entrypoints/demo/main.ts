// The demo page is an extension page, where content scripts do not run: it starts the same
// reader itself.
import { startReader } from "../../lib/page/reader";

startReader({ signal: new AbortController().signal });
