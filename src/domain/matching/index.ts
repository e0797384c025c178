export * from "./reasons";
export * from "./months";
export * from "./criteria";
export * from "./stages";
export * from "./decision";
export * from "./referral";
export * from "./first-year";
export * from "./breakdown";
