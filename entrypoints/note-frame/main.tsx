// The note card, as an extension page framed in the web page (lib/note-frame/): the note's
// text lives in this document, which the page's scripts, selection and find-in-page cannot reach.
import { startNoteFrame } from "../../lib/note-frame/app";

const root = document.getElementById("app");
if (root) startNoteFrame(root);
