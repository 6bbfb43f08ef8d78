import { useId, useState } from 'react';
import { Icon } from '../../../components/icon';
import { useT } from '../../../lib/use-t';
import { MAX_QUERY_LENGTH } from '../../../lib/url-state';
import { warmSearch } from '../search-client';

type SearchFieldProps = { value: string; onChange: (q: string, commit: boolean) => void };

/**
 * The search page's own box. Each keystroke replaces the URL's `q` (results follow as you type);
 * Enter commits it as a history entry, so Back returns to the previous search.
 */
export function SearchField({ value, onChange }: SearchFieldProps) {
  const { t } = useT();
  const id = useId();
  const [text, setText] = useState(value);
  // Follow the URL when it changes from elsewhere (an example link, Back).
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    if (value !== text) setText(value);
  }
  return (
    <form
      role="search"
      className="relative mb-6"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(text.trim(), true);
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t('searchBox.label')}
      </label>
      <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-faint">
        <Icon name="search" className="h-5 w-5" />
      </span>
      <input
        id={id}
        type="search"
        // The page opens to type in; the header box stays one Tab away.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={!value}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('searchBox.placeholder')}
        value={text}
        onFocus={warmSearch}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value, false);
        }}
        className="w-full rounded-lg border border-line-strong bg-surface py-3 pr-28 pl-11 text-lg text-ink placeholder:text-faint focus:border-accent focus:outline-none"
      />
      <button
        type="submit"
        className="absolute inset-y-1.5 right-1.5 rounded-md bg-button px-4 text-sm font-medium text-white hover:bg-button-hover"
      >
        {t('searchBox.submit')}
      </button>
    </form>
  );
}
