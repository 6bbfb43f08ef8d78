import type { DatasetIndex, Entity } from '../../../../domain';
import { Mark } from '../../../components/mark';
import { lookups, regionLabel } from '../../../lib/dataset-lookups';
import { KIND_LABELS } from '../../../lib/labels';

const term = 'text-xs font-semibold tracking-wide text-slate-500 uppercase';

export function EntityProfile({ entity, dataset }: { entity: Entity; dataset: DatasetIndex }) {
  const find = lookups(dataset);
  const { names } = entity;
  return (
    <header className="border-b border-stone-200 pb-6">
      <p className="text-sm font-medium text-teal-700">
        {KIND_LABELS[entity.kind]} · {entity.subtype}
      </p>
      <h1
        lang={find.entityLanguage(entity.id)}
        className="mt-1 text-3xl leading-snug font-semibold text-slate-900"
      >
        {names.original}
      </h1>
      {entity.curated ? (
        <p className="mt-2 flex items-center gap-2 text-sm text-slate-600">
          <Mark>curated</Mark>
          {entity.curationNote ? <span>{entity.curationNote}</span> : null}
        </p>
      ) : null}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm text-slate-700">
        {names.zhHans !== names.original ? (
          <>
            <dt className={term}>Simplified</dt>
            <dd lang="zh-Hans">{names.zhHans}</dd>
          </>
        ) : null}
        {names.en ? (
          <>
            <dt className={term}>English</dt>
            <dd lang="en">{names.en}</dd>
          </>
        ) : null}
        {names.aliases.length > 0 ? (
          <>
            <dt className={term}>Also called</dt>
            <dd>{names.aliases.join('、')}</dd>
          </>
        ) : null}
        <dt className={term}>Region</dt>
        <dd>{regionLabel(find.region(entity.regionCode))}</dd>
      </dl>
    </header>
  );
}
