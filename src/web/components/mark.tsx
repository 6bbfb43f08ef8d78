/** A small pill for provenance notes: "year inferred", "curated". */
export function Mark({ children }: { children: string }) {
  return (
    <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200">
      {children}
    </span>
  );
}
