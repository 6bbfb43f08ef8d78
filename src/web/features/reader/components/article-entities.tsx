import { Link } from 'react-router-dom';
import type { DatasetIndex, Entity, EntityKind } from '../../../../domain';
import { lookups } from '../../../lib/dataset-lookups';
import { ENTITY_KINDS } from '../../../lib/domain-enums';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import type { Converter } from '../use-hans-converter';

type ArticleEntitiesProps = {
  entityIds: string[];
  dataset: DatasetIndex;
  /** Set while the reader shows 简体: names follow the text. */
  convert: Converter | null;
};

const heading = 'text-xs font-semibold tracking-wide text-faint uppercase';

/** The article's collaborations, institutions and people, each linked to its page. */
export function ArticleEntities({ entityIds, dataset, convert }: ArticleEntitiesProps) {
  const paths = usePaths();
  const { t } = useT();
  const find = lookups(dataset);
  const entities = [...new Set(entityIds)].flatMap((id) => find.entity(id) ?? []);
  const byKind = (kind: EntityKind) => entities.filter((e) => e.kind === kind);
  const item = (entity: Entity) => (
    <li key={entity.id} className="text-sm leading-snug">
      <Link
        to={paths.entity(entity.id)}
        lang={convert ? 'zh-Hans' : find.entityLanguage(entity.id)}
        className="font-medium text-accent hover:underline"
      >
        {convert ? convert(entity.names.original) : entity.names.original}
      </Link>
      {entity.kind === 'person' ? (
        entity.titles?.length ? (
          <span lang={find.entityLanguage(entity.id)} className="ml-1.5 text-xs text-faint">
            {entity.titles.join('、')}
          </span>
        ) : null
      ) : (
        <span className="ml-1.5 text-xs text-faint">{t(`subtypes.${entity.subtype}`)}</span>
      )}
    </li>
  );
  return (
    <section aria-labelledby="article-entities" className="space-y-4">
      <h2 id="article-entities" className="text-base font-semibold text-ink">
        {t('reader.named')}
      </h2>
      {entities.length === 0 ? (
        <p className="text-sm text-faint">{t('reader.noEntities')}</p>
      ) : null}
      {ENTITY_KINDS.map((kind) => {
        const list = byKind(kind);
        if (list.length === 0) return null;
        return (
          <div key={kind}>
            <h3 className={heading}>{t(`kindsPlural.${kind}`, { count: list.length })}</h3>
            <ul className="mt-2 space-y-1.5">{list.map(item)}</ul>
          </div>
        );
      })}
    </section>
  );
}
