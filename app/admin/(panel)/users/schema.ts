import { z } from "zod";
import { userRoles } from "@/db/enums";

export const setRoleSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(userRoles),
});
