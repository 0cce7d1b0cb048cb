/** One folding of names for the whole product (engine and popup search). */

export { editDistance, translitCost } from "./distance";
export { articleKind, fold, isAbdPrefix, light, phoneticKey } from "./fold";
export { notesSite, switchHost } from "./site";
