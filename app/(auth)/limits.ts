// Shared by the sign-up schema (server) and the sign-up form (browser). Kept apart from schema.ts
// so the forms do not ship zod.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
