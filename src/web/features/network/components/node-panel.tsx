import { Link } from 'react-router-dom';
import type { NetworkNode } from '../../../../domain';
import { PartialDateText } from '../../../components/partial-date-text';
import { regionName } from '../../../lib/dataset-lookups';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import type { GraphIndex } from '../network-model';
import { useNodeDetails } from '../use-node-details';
import type { Region } from '../../../../domain';

type NodePanelProps = {
  node: NetworkNode;
  index: GraphIndex;
  regions: ReadonlyMap<string, Region>;
  onFocus: (id: string) => void;
  onClose: () => void;
};

/** The selected node: names, region, each relation with date, quote and article, and its articles. */
export function NodePanel({ node, index, regions, onFocus, onClose }: NodePanelProps) {
  const { t, lang } = useT();
  const paths = usePaths();
  const details = useNodeDetails(node.id);
  const names = details.entity?.names;
  const articleIds = [...new Set(details.relations.map((r) => r.articleId))];
  const title = (id: string) => details.article(id)?.title ?? id;
  const end = (id: string) =>
    id === node.id ? (
      <strong className="font-semibold text-ink">{node.label}</strong>
    ) : (
      <button
        type="button"
        onClick={() => onFocus(id)}
        className="font-medium text-accent hover:underline"
      >
        {index.node.get(id)?.label ?? id}
      </button>
    );
  return (
    <aside
      aria-labelledby="node-panel-title"
      data-testid="node-panel"
      className="max-h-[70vh] overflow-y-auto rounded-xl bg-surface p-4 ring-1 ring-line print:max-h-none"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id="node-panel-title" className="text-lg font-semibold text-ink">
          {node.label}
        </h2>
        <button type="button" onClick={onClose} className="text-sm text-accent hover:underline">
          {t('network.panel.close')}
        </button>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-faint">{t('network.panel.kind')}</dt>
        <dd>{`${t(`kinds.${node.kind}`)} · ${t(`subtypes.${node.subtype}`)}`}</dd>
        {names && names.zhHans !== names.original ? (
          <>
            <dt className="text-faint">{t('entity.simplified')}</dt>
            <dd lang="zh-Hans">{names.zhHans}</dd>
          </>
        ) : null}
        {names?.en ? (
          <>
            <dt className="text-faint">{t('entity.english')}</dt>
            <dd lang="en">{names.en}</dd>
          </>
        ) : null}
        {names?.aliases.length ? (
          <>
            <dt className="text-faint">{t('entity.aliases')}</dt>
            <dd>{names.aliases.join('、')}</dd>
          </>
        ) : null}
        <dt className="text-faint">{t('entity.region')}</dt>
        <dd>{node.region ? regionName(regions.get(node.region), lang) : t('entity.noRegion')}</dd>
      </dl>
      <p className="mt-2 text-sm">
        <Link to={paths.entity(node.id)} className="text-accent hover:underline">
          {t('network.panel.open')}
        </Link>
      </p>
      <h3 className="mt-4 font-semibold text-ink">
        {t('network.panel.relations', { count: details.relations.length })}
      </h3>
      {details.loading ? <p className="text-sm text-faint">{t('common.loading')}</p> : null}
      {details.failed ? <p className="text-sm text-danger">{t('network.panel.failed')}</p> : null}
      <ul className="mt-2 space-y-3">
        {details.relations.map((r) => {
          return (
            <li key={r.id} className="text-sm">
              <p className="flex flex-wrap items-baseline gap-x-1.5">
                {end(r.source)}
                <span className="text-faint">{t(`relations.${r.type}`)}</span>
                {end(r.target)}
              </p>
              <blockquote className="mt-1 border-l-4 border-accent-line pl-3 text-body">
                {r.evidence}
              </blockquote>
              <p className="mt-1 flex flex-wrap gap-x-2 text-faint">
                {r.date ? (
                  <PartialDateText date={r.date} />
                ) : (
                  <span>{t('entity.relationUndated')}</span>
                )}
                <Link to={paths.article(r.articleId)} className="text-accent hover:underline">
                  {title(r.articleId)}
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
      <h3 className="mt-4 font-semibold text-ink">
        {t('network.panel.articles', { count: articleIds.length })}
      </h3>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {articleIds.map((id) => (
          <li key={id}>
            <Link to={paths.article(id)} className="text-accent hover:underline">
              {title(id)}
            </Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
