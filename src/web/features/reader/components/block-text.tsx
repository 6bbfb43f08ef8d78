import { Link } from 'react-router-dom';
import type { DatasetIndex } from '../../../../domain';
import { lookups } from '../../../lib/dataset-lookups';
import { createPaths } from '../../../lib/paths';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';
import { mentionSegments, type Span } from '../mention-segments';
import type { Converter } from '../use-hans-converter';

type BlockTextProps = {
  text: string;
  spans: readonly Span[] | undefined;
  dataset: DatasetIndex;
  /** Set when showing 简体: each segment is converted on its own, so offsets stay true. */
  convert: Converter | null;
};

/**
 * A block's text as React nodes: each entity mention a highlighted link to the entity's page,
 * each place a quieter link to the timeline of that region.
 */
export function BlockText({ text, spans, dataset, convert }: BlockTextProps) {
  const paths = usePaths();
  const { t, lang } = useT();
  const find = lookups(dataset);
  const show = (value: string) => (convert ? convert(value) : value);
  if (!spans?.length) return <>{show(text)}</>;
  return (
    <>
      {mentionSegments(text, spans).map((segment, i) => {
        const entity = segment.entityId ? find.entity(segment.entityId) : undefined;
        if (entity)
          return (
            <Link
              key={i}
              to={paths.entity(entity.id)}
              data-entity={entity.id}
              className="rounded-sm bg-mention px-0.5 text-inherit underline decoration-mention-line decoration-2 underline-offset-4 hover:decoration-accent"
            >
              {show(segment.text)}
            </Link>
          );
        if (segment.regionCodes)
          return (
            <Link
              key={i}
              to={createPaths({ region: segment.regionCodes, lang }).timeline()}
              title={t('reader.regionTimeline')}
              data-region={segment.regionCodes.join(',')}
              className="text-inherit underline decoration-accent decoration-dotted underline-offset-4 hover:decoration-solid"
            >
              {show(segment.text)}
            </Link>
          );
        return <span key={i}>{show(segment.text)}</span>;
      })}
    </>
  );
}
