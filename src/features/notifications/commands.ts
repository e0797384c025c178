import "server-only";
import { z } from "zod";
import { defineCommand } from "@/server/command";

/** Marks one of the user's own reminders as read; the key only ever touches the user's own read state. */
export const markNotificationRead = defineCommand({
  name: "markNotificationRead",
  permission: "notifications.own",
  input: z.object({ key: z.string().regex(/^(meeting|overdue|ending|draft):[A-Za-z0-9:_-]{1,120}$/) }),
  async run({ actor, tx }, input) {
    await tx.notificationRead.upsert({ where: { userId_key: { userId: actor.id, key: input.key } }, create: { userId: actor.id, key: input.key }, update: {} });
    return { key: input.key };
  },
});
