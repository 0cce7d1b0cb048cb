/** Pacing of the scanner's batches of changes. */

/** Shortest pause between two batches of changes, and the pause as a multiple of a batch's cost. */
export const MIN_BATCH_GAP_MS = 150;
export const BATCH_GAP_FACTOR = 4;
/** Mutation records delivered at once above which the page is in a storm (see `pause`). */
export const STORM_RECORDS = 5000;
/** How often `designMode` is looked at between events (a page can switch it on without any). */
export const DESIGN_MODE_CHECK_MS = 1000;

export const now = () => performance.now();
