import { useT } from '../../../lib/use-t';

const SHORT = 90;

/**
 * The pipeline's note on how a date was found. Short notes sit beside the date; long research
 * notes (a curated year's reasoning) fold into a disclosure so the meta stays scannable.
 */
export function DateNote({ note }: { note: string }) {
  const { t } = useT();
  if (note.length <= SHORT) return <span className="text-xs text-faint">{note}</span>;
  return (
    <details className="w-full text-xs text-faint">
      <summary className="cursor-pointer">{t('reader.dateNote')}</summary>
      <p className="mt-1 max-w-prose">{note}</p>
    </details>
  );
}
