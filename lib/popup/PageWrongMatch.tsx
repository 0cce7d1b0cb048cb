/**
 * "Wrong match" in the popup's entity view opened from "On this page" (issue 12): with no
 * single mention to go by, it unmarks every spelling of the entity the tab shows (one "not"
 * correction each), for the tab's page, site or everywhere; an undo toast says so.
 */
import { wrongMatch } from "../corrections/said";
import type { CorrectionScope } from "../corrections/types";
import { WrongMatch } from "../ui/card/WrongMatch";
import { createToast, type Toast } from "../ui/toast";
import type { PageEntity, PopupHost, TabSummary } from "./host";

let toast: Toast | undefined;

export function PageWrongMatch(props: { host: PopupHost; summary: TabSummary; entity: PageEntity }) {
  const { host, summary, entity } = props;
  const spellings = entity.spellings?.length ? entity.spellings : [entity.name];
  const correct = host.correct;
  if (!correct) return null;
  const unmark = async (scope: CorrectionScope) => {
    const said = wrongMatch(spellings, entity, scope);
    toast ??= createToast(document.body);
    const shown = toast;
    try {
      const ids = await correct(summary.url, summary.title ?? "", said.inputs);
      shown.show(`${said.done}.`, { undo: () => host.uncorrect?.(ids) ?? Promise.resolve(), focus: true });
    } catch {
      shown.show("Could not save the correction: Actor Lens did not answer.", { focus: true });
    }
  };
  return (
    <WrongMatch
      surface={spellings}
      name={entity.name}
      host={summary.host}
      onUnmark={(scope) => void unmark(scope)}
    />
  );
}
