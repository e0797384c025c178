import type { Role } from "@/generated/prisma/enums";

// Where each role lands after login, and the only places its menu links to.
// Hiding a link is convenience; every page checks the permission again on the server.
export const ROLE_HOME: Record<Role, string> = {
  CASEWORKER: "/caseworker",
  THERAPIST: "/therapist",
  CONSULTANT: "/consultant",
  SITE: "/site",
  COORDINATOR: "/coordinator",
  ADMIN: "/admin",
  PARENT: "/portal",
};

export interface NavItem {
  href: string;
  label: "home" | "matching" | "referrals" | "families" | "followUps" | "children" | "sites" | "programme" | "overview" | "statistics" | "audit" | "users" | "journal" | "settings" | "portalHome" | "portalPlan" | "portalRate" | "portalFile";
}

export const NAV: Record<Role, NavItem[]> = {
  CASEWORKER: [{ href: "/caseworker", label: "home" }, { href: "/families", label: "families" }, { href: "/matching", label: "matching" }, { href: "/journal", label: "journal" }, { href: "/audit", label: "audit" }],
  THERAPIST: [{ href: "/therapist", label: "followUps" }, { href: "/families", label: "families" }, { href: "/journal", label: "journal" }],
  CONSULTANT: [{ href: "/consultant", label: "sites" }, { href: "/matching", label: "matching" }, { href: "/journal", label: "journal" }],
  SITE: [{ href: "/site", label: "children" }, { href: "/site/referrals", label: "referrals" }],
  COORDINATOR: [{ href: "/coordinator", label: "home" }, { href: "/coordinator/overview", label: "overview" }, { href: "/coordinator/statistics", label: "statistics" }, { href: "/families", label: "families" }, { href: "/journal", label: "journal" }, { href: "/audit", label: "audit" }],
  ADMIN: [{ href: "/admin", label: "users" }, { href: "/admin/sites", label: "sites" }, { href: "/admin/settings", label: "settings" }, { href: "/audit", label: "audit" }],
  PARENT: [{ href: "/portal", label: "portalHome" }, { href: "/portal/plan", label: "portalPlan" }, { href: "/portal/rate", label: "portalRate" }, { href: "/portal/file-access", label: "portalFile" }],
};
