/** A small pill for provenance notes: "year inferred", "curated". `title` carries the source note. */
export function Mark({ children, title }: { children: string; title?: string | undefined }) {
  return (
    <span
      title={title}
      className="rounded-full bg-mark-bg px-2 py-0.5 text-xs font-medium whitespace-nowrap text-mark-ink ring-1 ring-mark-line"
    >
      {children}
    </span>
  );
}
