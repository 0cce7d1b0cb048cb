/** Small text helpers for the popup. */
import type { DatePrecision, EntitySource, PartialDate } from "../dataset/types";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2020-01-03" → "3 Jan 2020", "2020-06" → "Jun 2020", "2020" → "2020"; never more precise than stated. */
export function formatDate(date: PartialDate, precision?: DatePrecision): string {
  const [y, m, d] = date.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month || precision === "year") return y ?? date;
  if (!d || precision === "month") return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** "person" / "group", with the finer kind when there is one: "group · militia". */
export function typeLabel(e: Pick<EntitySource, "type" | "kind">): string {
  return e.kind ? `${e.type} · ${e.kind.replace(/-/g, " ")}` : e.type;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
