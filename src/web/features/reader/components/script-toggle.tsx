import { Link } from 'react-router-dom';
import type { ScriptMode } from '../../../lib/url-state';
import { usePaths } from '../../../lib/use-paths';
import { useT } from '../../../lib/use-t';

type ScriptToggleProps = {
  articleId: string;
  script: ScriptMode;
  loading: boolean;
  failed: boolean;
};

const OPTIONS: { mode: ScriptMode; label: string; lang: string }[] = [
  { mode: 'original', label: '原文', lang: 'zh-Hant' },
  { mode: 'hans', label: '简体', lang: 'zh-Hans' },
];

/** 原文 / 简体 for Traditional-script articles; the choice is in the URL (`?script=hans`). */
export function ScriptToggle({ articleId, script, loading, failed }: ScriptToggleProps) {
  const paths = usePaths();
  const { t } = useT();
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 print:hidden">
      <div
        role="group"
        aria-label={t('reader.script')}
        className="flex rounded-md bg-sunken p-0.5 text-sm"
      >
        {OPTIONS.map(({ mode, label, lang }) => (
          <Link
            key={mode}
            to={paths.article(articleId, { script: mode })}
            lang={lang}
            aria-current={script === mode ? 'true' : undefined}
            className={`rounded px-3 py-1 font-medium ${script === mode ? 'bg-surface text-ink shadow-sm' : 'text-muted hover:text-ink'}`}
          >
            {label}
          </Link>
        ))}
      </div>
      <p role="status" className="text-xs text-faint">
        {loading
          ? t('reader.converting')
          : failed
            ? t('reader.convertFailed')
            : script === 'hans'
              ? t('reader.converted')
              : ''}
      </p>
    </div>
  );
}
