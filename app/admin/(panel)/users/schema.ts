import { z } from "zod";

export const setRoleSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(["reader", "editor", "admin"]),
});
