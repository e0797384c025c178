export * from "./calendar";
export * from "./config";
export * from "./reasons";
export * from "./snapshot";
export * from "./schedule";
export * from "./rules";
export * from "./next-actions";
