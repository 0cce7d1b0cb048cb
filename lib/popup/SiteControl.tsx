/**
 * The two switches: Actor Lens on this site, and the global pause. Both take effect at once:
 * they are stored settings, and the content script of every open tab follows them.
 */
import type { PopupHost } from "./host";
import type { PageState } from "./usePage";

export interface SiteControlProps {
  host: PopupHost;
  page: PageState;
}

export function SiteControl({ host, page }: SiteControlProps) {
  const site = page.site;
  const hostname = page.summary?.host ?? "";
  const canSwitchSite = hostname !== "" && site !== null;
  const siteOn = site?.siteEnabled ?? false;
  const paused = site?.paused ?? false;
  return (
    <div class="pp-switches">
      <label class={canSwitchSite ? "pp-switch" : "pp-switch pp-disabled"}>
        <input
          type="checkbox"
          role="switch"
          class="pp-site-switch"
          checked={canSwitchSite && siteOn}
          aria-checked={canSwitchSite && siteOn}
          disabled={!canSwitchSite}
          onChange={async (e) => {
            await host.setSiteEnabled(hostname, e.currentTarget.checked);
            page.refresh();
          }}
        />
        <span class="pp-switch-text" title={hostname || undefined}>
          {canSwitchSite ? <>On {hostname}</> : "Not available on this tab"}
        </span>
      </label>
      <label class="pp-switch">
        <input
          type="checkbox"
          role="switch"
          class="pp-pause-switch"
          checked={paused}
          aria-checked={paused}
          disabled={site === null}
          onChange={async (e) => {
            await host.setPaused(e.currentTarget.checked);
            page.refresh();
          }}
        />
        <span class="pp-switch-text">Pause everywhere</span>
      </label>
    </div>
  );
}
