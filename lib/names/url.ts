/**
 * Page identity for highlights and corrections: the same article reached through a newsletter
 * link, a social share or an in-page anchor is one page.
 */

/** Query parameters that only track where a click came from. */
const TRACKING_EXACT = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "ref_src",
  "ref_url",
  "cmpid",
  "s_cid",
  "at_medium",
  "at_campaign",
  "ncid",
  "sr_share",
  "ocid",
]);
const TRACKING_PREFIXES = ["utm_", "pk_", "mtm_", "hsa_"];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The URL a highlight is filed under: no fragment, no tracking parameters, the other
 * parameters kept in their order. Returns null for anything but http(s).
 */
export function normalizeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  url.username = "";
  url.password = "";
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  url.search = "";
  for (const [name, value] of kept) url.searchParams.append(name, value);
  // URL already lower-cases the host and drops default ports; an empty "?" goes too.
  return url.href.replace(/\?$/, "");
}
