// The matching case's pages, in the order a case goes through them. A page is listed here once it exists.
export const MATCHING_TABS: ("overview" | "candidates" | "decision" | "firstYear")[] = ["overview", "candidates", "decision", "firstYear"];
