import { submitProviderSignIn } from "@/app/(auth)/actions";
import { oauthProviderList } from "@/auth";

/** GitHub and Google sign-in, only for the providers this deployment configured. */
export function ProviderButtons({ returnTo }: { returnTo: string }) {
  if (oauthProviderList.length === 0) return null;
  return (
    <div className="space-y-3">
      {oauthProviderList.map((provider) => (
        <form key={provider.id} action={submitProviderSignIn}>
          <input type="hidden" name="provider" value={provider.id} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <button
            type="submit"
            className="w-full rounded-full border border-border bg-surface px-5 py-3 font-medium hover:border-accent"
          >
            Continue with {provider.name}
          </button>
        </form>
      ))}
      <p className="flex items-center gap-3 text-xs text-muted before:h-px before:flex-1 before:bg-border after:h-px after:flex-1 after:bg-border">
        or with email
      </p>
    </div>
  );
}
