/**
 * The popup's folding of names and queries is the product's one folding (lib/names): a spelling
 * the page's engine takes for a name is the same name in the search.
 */
export { fold } from "../names/fold";
