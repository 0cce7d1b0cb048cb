import { render } from "preact";
import { OptionsPage } from "../../lib/settings/OptionsPage";

const root = document.getElementById("app");
if (root) render(<OptionsPage />, root);
