import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DatasetIndex } from '../../../../domain';
import { DATASET_FILES } from '../../../../domain/files';
import { Icon } from '../../../components/icon';
import { dataUrl } from '../../../lib/api/fetch-parsed';
import { download } from '../../../lib/download';
import { datasetQueryOptions } from '../../../lib/api/get-dataset';
import { useT } from '../../../lib/use-t';
import { collaborationsCsv, institutionsCsv, relationsCsv } from '../to-csv';

const FILES = [
  { key: 'collaborations', file: 'alliance-atlas-collaborations.csv', build: collaborationsCsv },
  { key: 'institutions', file: 'alliance-atlas-institutions.csv', build: institutionsCsv },
  { key: 'relations', file: 'alliance-atlas-relations.csv', build: relationsCsv },
] as const;
type FileKey = (typeof FILES)[number]['key'];

const button =
  'inline-flex items-center gap-2 rounded-md bg-surface px-3 py-2 text-sm font-medium text-accent ring-1 ring-line-strong hover:ring-accent disabled:cursor-wait disabled:opacity-60';

/**
 * The CSV tables are built in the browser from the whole dataset, which is loaded only when a
 * download is asked for (at 100k articles it is hundreds of MB: the page must not wait for it).
 */
export function Downloads() {
  const { t } = useT();
  const client = useQueryClient();
  const [busy, setBusy] = useState<FileKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = async (key: FileKey, file: string, build: (d: DatasetIndex) => string) => {
    setBusy(key);
    setError(null);
    try {
      download(
        file,
        build(await client.fetchQuery(datasetQueryOptions())),
        'text/csv;charset=utf-8',
      );
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="about-downloads">
      <h2 id="about-downloads" className="text-xl font-semibold text-ink">
        {t('about.downloads.title')}
      </h2>
      <p className="mt-2 max-w-prose text-muted">{t('about.downloads.intro')}</p>
      <ul className="mt-4 flex flex-wrap gap-3">
        <li>
          <a
            href={dataUrl(DATASET_FILES.manifest)}
            download="alliance-atlas-manifest.json"
            className={button}
          >
            <Icon name="download" />
            {t('about.downloads.json')}
          </a>
        </li>
        {FILES.map(({ key, file, build }) => (
          <li key={key}>
            <button
              type="button"
              disabled={busy !== null}
              aria-busy={busy === key}
              onClick={() => void start(key, file, build)}
              className={button}
            >
              <Icon name="download" />
              {t(`about.downloads.${key}`)}
              {busy === key ? (
                <span className="text-xs text-muted">{t('about.downloads.preparing')}</span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-danger">
          {t('about.downloads.failed', { message: error })}
        </p>
      ) : null}
    </section>
  );
}
