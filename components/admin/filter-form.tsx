import { clsx } from "clsx";
import { buttonClass } from "../ui/button";
import { inputClass } from "../ui/field";

/**
 * The filters above an admin list: a plain GET form (the filters live in the address, so a
 * filtered list can be bookmarked or shared), a search landmark with its own name.
 */
export function FilterForm({
  label,
  columns,
  children,
}: {
  label: string;
  columns: string;
  children: React.ReactNode;
}) {
  return (
    <form role="search" aria-label={label} className={clsx("mb-6 grid gap-3 sm:items-end", columns)}>
      {children}
      <button type="submit" className={buttonClass.secondary}>
        Filter
      </button>
    </form>
  );
}

/** A free-text filter. */
export function FilterSearch({ name, label, value }: { name: string; label: string; value?: string }) {
  return (
    <div>
      <label htmlFor={name} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input id={name} name={name} type="search" defaultValue={value} className={inputClass} />
    </div>
  );
}

/** A choice filter; `any` labels the empty choice that turns it off. */
export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={name} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
