export * from "./reasons";
export * from "./entries";
export * from "./timeline";
