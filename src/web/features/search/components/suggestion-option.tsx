import type { EntityKind, EntitySubtype } from '../../../../domain';
import { useT } from '../../../lib/use-t';
import type { ResultRow } from '../search-protocol';
import { scriptOf } from '../script-of';

type SuggestionOptionProps = { id: string; row: ResultRow; active: boolean; onPick: () => void };

/** One type-ahead suggestion: the name in its own script, its type and English name. */
export function SuggestionOption({ id, row, active, onPick }: SuggestionOptionProps) {
  const { t } = useT();
  const type =
    row.kind === 'article'
      ? t('searchBox.label')
      : row.subtype
        ? t(`subtypes.${row.subtype as EntitySubtype}`)
        : t(`kinds.${row.kind as EntityKind}`);
  return (
    // Keys are handled by the combobox input (aria-activedescendant), as ARIA prescribes.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <li
      id={id}
      role="option"
      aria-selected={active}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
      className={`cursor-pointer px-3 py-2 ${active ? 'bg-accent-soft' : 'hover:bg-sunken'}`}
    >
      <span lang={scriptOf(row.title)} className="block truncate text-sm text-ink">
        {row.title}
      </span>
      <span className="block truncate text-xs text-muted">
        {type}
        {row.en && row.en !== row.title ? <span lang="en"> · {row.en}</span> : null}
      </span>
    </li>
  );
}
