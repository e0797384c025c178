export * from "./reasons";
export * from "./placements";
export * from "./staff";
export * from "./handover";
