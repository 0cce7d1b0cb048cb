/**
 * Site keys: the two ways the product names the site of an address, each with its reason. Both
 * are stored (a site switch in the settings, a site in every saved highlight), so neither rule
 * may change without a migration that keeps reading the keys already written.
 */

/**
 * The host a per-site switch applies to (settings' disabledSites): the hostname, lower-case,
 * without a trailing dot, "www." kept. Each host is switched on its own, as the popup names it
 * ("On www.example.com"): turning off www.example.com leaves blog.example.com alone.
 */
export function switchHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return "";
  }
}

/**
 * The site saved highlights are grouped and filtered by (each record's `site`, indexed): the
 * hostname without a leading "www.", so one site's notes stand together whether its links had
 * "www." or not. Written into every record when it is saved.
 */
export function notesSite(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}
