export * from "./reasons";
export * from "./placements";
export * from "./staff";
