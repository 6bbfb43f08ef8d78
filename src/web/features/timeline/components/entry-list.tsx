import type { TimelineEntry } from '../build-timeline';
import { TimelineItem } from './timeline-item';

export function EntryList({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="mt-3 space-y-3 border-l-2 border-teal-100 pl-5">
      {entries.map((entry) => (
        <TimelineItem key={entry.key} entry={entry} />
      ))}
    </ol>
  );
}
