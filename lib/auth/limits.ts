// Shared by the account schemas (server) and the sign-up form (browser). Kept apart from them
// so the forms do not ship zod.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
