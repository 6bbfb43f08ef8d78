import { useDeferredValue, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Icon } from '../../../components/icon';
import { FOCUS_SEARCH } from '../../../lib/use-shortcuts';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import { MAX_QUERY_LENGTH } from '../../../lib/url-state';
import { warmSearch } from '../search-client';
import { useSuggestions } from '../use-search';
import { SuggestionOption } from './suggestion-option';

/**
 * The header's search box (`/` focuses it): an ARIA 1.2 combobox whose list suggests entities
 * as the user types, from the search worker. ↑/↓ move through the suggestions, Enter opens the
 * highlighted one or, with none highlighted, the search page for the text; Escape closes the
 * list, then clears the box.
 */
export function HeaderSearch() {
  const { t } = useT();
  const paths = usePaths();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const query = useDeferredValue(text.trim());
  const suggestions = useSuggestions(query, 6);
  const rows = query ? (suggestions.data ?? []) : [];
  // The last option is always "Search for …", so Enter and a click do the same thing.
  const count = query ? rows.length + 1 : 0;
  const expanded = open && count > 0;

  useEffect(() => {
    const focus = () => {
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener(FOCUS_SEARCH, focus);
    return () => window.removeEventListener(FOCUS_SEARCH, focus);
  }, []);

  // A new page closes the list (adjusting state while rendering, not in an effect).
  const [shownOn, setShownOn] = useState(pathname);
  if (shownOn !== pathname) {
    setShownOn(pathname);
    setOpen(false);
    setActive(-1);
  }

  const go = (index: number) => {
    const row = rows[index];
    setOpen(false);
    setActive(-1);
    if (row) void navigate(row.kind === 'article' ? paths.article(row.id) : paths.entity(row.id));
    else if (text.trim()) void navigate(paths.search({ q: text.trim() }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the text box itself; moving past either end comes back to it.
      setActive((was) => {
        const next = was + step;
        return next >= count ? -1 : next < -1 ? count - 1 : next;
      });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
    }
  };

  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <form role="search" className="relative" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={`${listId}-input`} className="sr-only">
        {t('searchBox.label')}
      </label>
      <span className="pointer-events-none absolute inset-y-0 left-2.5 flex items-center text-faint">
        <Icon name="search" />
      </span>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="Slash"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('searchBox.placeholder')}
        value={text}
        onFocus={() => {
          warmSearch();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-line-strong bg-surface py-1.5 pr-8 pl-8 text-sm text-ink placeholder:text-faint focus:border-accent focus:outline-none"
      />
      <kbd className="pointer-events-none absolute inset-y-0 right-2 my-auto h-5 rounded border border-line px-1.5 font-mono text-xs leading-5 text-faint">
        /
      </kbd>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('searchBox.suggestions')}
        hidden={!expanded}
        className="absolute right-0 left-0 z-50 mt-1 max-h-96 overflow-auto rounded-lg bg-surface py-1 shadow-lg ring-1 ring-line sm:-left-24"
      >
        {rows.map((row, index) => (
          <SuggestionOption
            key={row.id}
            id={optionId(index)}
            row={row}
            active={index === active}
            onPick={() => go(index)}
          />
        ))}
        {query ? (
          // Keys are handled by the combobox input (aria-activedescendant), as ARIA prescribes.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            id={optionId(rows.length)}
            role="option"
            aria-selected={active === rows.length}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(rows.length)}
            className={`cursor-pointer border-t border-line px-3 py-2 text-sm text-accent ${active === rows.length ? 'bg-accent-soft' : 'hover:bg-sunken'}`}
          >
            {t('searchBox.searchFor', { query })}
          </li>
        ) : null}
      </ul>
      <p role="status" className="sr-only">
        {expanded ? t('searchBox.count', { count: rows.length }) : ''}
      </p>
    </form>
  );
}
