import "server-only";
import { z } from "zod";
import { defineCommand } from "@/server/command";
import { notificationsFor } from "./queries";

/** Marks one of the user's own reminders as read; the key only ever touches the user's own read state. */
export const markNotificationRead = defineCommand({
  name: "markNotificationRead",
  permission: "notifications.own",
  input: z.object({ key: z.string().regex(/^(meeting|missed|ending|draft):[A-Za-z0-9:_-]{1,120}$/) }),
  async run({ actor, tx }, input) {
    await tx.notificationRead.upsert({ where: { userId_key: { userId: actor.id, key: input.key } }, create: { userId: actor.id, key: input.key }, update: {} });
    return { key: input.key };
  },
});

/**
 * Marks every reminder the user has now as read. The keys are worked out on the server from the
 * user's own reach, never taken from the form, so nothing but the user's own read state changes.
 */
export const markAllNotificationsRead = defineCommand({
  name: "markAllNotificationsRead",
  permission: "notifications.own",
  input: z.object({}),
  async run({ actor, tx, now }) {
    const unread = (await notificationsFor(actor, now, tx)).filter((n) => !n.read);
    if (unread.length > 0) await tx.notificationRead.createMany({ data: unread.map((n) => ({ userId: actor.id, key: n.key })), skipDuplicates: true });
    return { count: unread.length };
  },
});
