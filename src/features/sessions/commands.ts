import "server-only";
import { z } from "zod";
import { defineCommand } from "@/server/command";
import { AppError, notFound } from "@/server/errors";
import { adminUserReach } from "@/features/admin/reach";

/** Ends every other active login of the user (a lost phone, a shared computer), keeping the one in use. */
export const endOtherSessions = defineCommand({
  name: "endOtherSessions",
  permission: "session.endOwn",
  input: z.object({}),
  async run({ actor, tx, now, audit }) {
    // Without a session of its own (a script) "the others" means nothing: refuse rather than end all.
    if (!actor.sessionId) throw new AppError("UNAUTHENTICATED");
    const { count } = await tx.userSession.updateMany({
      where: { userId: actor.id, revokedAt: null, id: { not: actor.sessionId } },
      data: { revokedAt: now, revokedReason: "USER_ENDED_OTHERS" },
    });
    await audit({ action: "LOGOUT", recordType: "UserSession", recordId: actor.id, details: { reason: "USER_ENDED_OTHERS", ended: count } });
    return { ended: count };
  },
});

/** An administrator ends all logins of a user they manage (a stolen laptop, a person leaving). */
export const endUserSessions = defineCommand({
  name: "endUserSessions",
  permission: "user.endSessions",
  input: z.object({ userId: z.string().min(1).max(64) }),
  async run({ actor, tx, now, audit }, input) {
    const target = await tx.user.findFirst({ where: { AND: [{ id: input.userId }, adminUserReach(actor)] }, select: { id: true } });
    if (!target) throw notFound();
    const { count } = await tx.userSession.updateMany({
      where: { userId: target.id, revokedAt: null },
      data: { revokedAt: now, revokedReason: "ADMIN" },
    });
    await audit({ action: "LOGOUT", recordType: "User", recordId: target.id, details: { reason: "ADMIN", ended: count } });
    return { ended: count };
  },
});
