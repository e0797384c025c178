// The method's rules as pure functions over plain data: no framework, no database, no clock
// (callers pass `today`, see todayInCopenhagen). The server enforces them; the UI explains them.
export * from "./calendar";
export * from "./config";
export * from "./reasons";
export * from "./snapshot";
export * from "./writable";
export * from "./ratings";
export * from "./phase-dates";
export * from "./follow-ups";
export * from "./phase-rules";
export * from "./case-rules";
export * from "./next-actions";
