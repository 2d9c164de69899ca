export function chromiumExecutable(env?: NodeJS.ProcessEnv): string | undefined;
