/**
 * Corrections read from a file (`npm run annotate -- FILE --corrections corrections.json`):
 * the notes page's JSON export, whose "corrections" list is read and the rest ignored, or a
 * bare list of corrections. Every record is checked (validate.ts) and each entity must be in
 * the dataset; any problem refuses the whole file with the path of the first bad value. Pure.
 */
import { MessageError } from "../schema/guard";
import type { Correction } from "./types";
import { correctionsGuard } from "./validate";

export function parseCorrectionsFile(text: string, knows: (id: string) => boolean): Correction[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new MessageError(`not JSON: ${(err as Error).message}`);
  }
  const isExport = typeof raw === "object" && raw !== null && !Array.isArray(raw);
  const list = isExport ? (raw as { corrections?: unknown }).corrections : raw;
  if (isExport && list === undefined) throw new MessageError("corrections: the file has no corrections list");
  const corrections = correctionsGuard(list, "corrections");
  corrections.forEach((c, i) => {
    if (!knows(c.entity))
      throw new MessageError(`corrections[${i}].entity: "${c.entity}" is not in the dataset`);
  });
  return corrections;
}
