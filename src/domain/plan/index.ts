export * from "./reasons";
export * from "./proposals";
export * from "./upcoming";
