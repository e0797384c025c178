import { redirect } from "next/navigation";
import { getCurrentActor } from "@/server/auth/session";
import { ROLE_HOME } from "@/features/navigation/nav";

export default async function Root() {
  const actor = await getCurrentActor();
  redirect(actor ? ROLE_HOME[actor.role] : "/login");
}
