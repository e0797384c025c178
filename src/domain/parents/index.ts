export * from "./reasons";
export * from "./access";
export * from "./plan-response";
export * from "./ratings";
export * from "./file-access";
export * from "./visibility";
