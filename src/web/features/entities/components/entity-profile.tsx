import { Link } from 'react-router-dom';
import type { DatasetIndex, Entity } from '../../../../domain';
import { Icon } from '../../../components/icon';
import { Mark } from '../../../components/mark';
import { PartialDateText } from '../../../components/partial-date-text';
import { lookups, regionName } from '../../../lib/dataset-lookups';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';

const term = 'text-xs font-semibold tracking-wide text-faint uppercase';

/** Names in every form we have, kind, region, curation and the way into the network. */
export function EntityProfile({ entity, dataset }: { entity: Entity; dataset: DatasetIndex }) {
  const { t, lang } = useT();
  const paths = usePaths();
  const find = lookups(dataset);
  const { names } = entity;
  const region = find.region(entity.regionCode);
  const language = find.entityLanguage(entity.id);
  return (
    <header className="border-b border-line pb-6">
      <p className="text-sm font-medium text-accent">
        {t(`kinds.${entity.kind}`)} · {t(`subtypes.${entity.subtype}`)}
      </p>
      <h1
        lang={find.entityLanguage(entity.id)}
        className="mt-1 text-3xl leading-snug font-semibold text-ink"
      >
        {names.original}
      </h1>
      {entity.curated ? (
        <p className="mt-2 flex flex-wrap items-baseline gap-2 text-sm text-muted">
          <Mark>{t('dates.marks.curated')}</Mark>
          {entity.curationNote ? <span>{entity.curationNote}</span> : null}
        </p>
      ) : null}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm text-body">
        <dt className={term}>{t('entity.original')}</dt>
        <dd lang={find.entityLanguage(entity.id)}>{names.original}</dd>
        {names.zhHans !== names.original ? (
          <>
            <dt className={term}>{t('entity.simplified')}</dt>
            <dd lang="zh-Hans">{names.zhHans}</dd>
          </>
        ) : null}
        <dt className={term}>{t('entity.english')}</dt>
        <dd lang="en">{names.en ?? <span className="text-faint">{t('entity.none')}</span>}</dd>
        <dt className={term}>{t('entity.aliases')}</dt>
        <dd>
          {names.aliases.length > 0 ? (
            names.aliases.join('、')
          ) : (
            <span className="text-faint">{t('entity.none')}</span>
          )}
        </dd>
        <dt className={term}>{t('entity.region')}</dt>
        <dd>
          {region ? (
            <>
              {regionName(region, lang)}
              {lang === 'en' && region.nameEn ? (
                <span lang="zh-Hans" className="ml-2 text-faint">
                  {region.name}
                </span>
              ) : null}
            </>
          ) : (
            <span className="text-faint">{t('entity.noRegion')}</span>
          )}
        </dd>
        {entity.titles?.length ? (
          <>
            <dt className={term}>{t('entity.titles')}</dt>
            <dd lang={language}>{entity.titles.join('、')}</dd>
          </>
        ) : null}
        {entity.date ? (
          <>
            <dt className={term}>{t('entity.date')}</dt>
            <dd className="flex flex-wrap items-baseline gap-x-2">
              <PartialDateText date={entity.date} />
              {entity.date.label ? <span lang={language}>{entity.date.label}</span> : null}
            </dd>
          </>
        ) : null}
      </dl>
      {entity.kind !== 'person' ? (
        <Link
          to={paths.network({ focus: entity.id })}
          className="mt-5 inline-flex items-center gap-2 rounded-md bg-button px-3 py-1.5 text-sm font-medium text-white hover:bg-button-hover"
        >
          <Icon name="network" />
          {t('entity.network')}
        </Link>
      ) : null}
    </header>
  );
}
