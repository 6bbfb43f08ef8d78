import { NavLink } from 'react-router-dom';
import { usePaths } from '../lib/use-paths';
import { useT } from '../lib/use-t';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  [
    'rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors',
    isActive ? 'bg-accent-soft text-accent' : 'text-muted hover:bg-sunken hover:text-ink',
  ].join(' ');

/** The views; the header's search box is the other way to /search. */
export function MainNav() {
  const paths = usePaths();
  const { t } = useT();
  const items = [
    { to: paths.timeline(), label: t('nav.timeline'), end: true },
    { to: paths.alliances(), label: t('nav.alliances'), end: false },
    { to: paths.network(), label: t('nav.network'), end: false },
    { to: paths.regions(), label: t('nav.regions'), end: false },
    { to: paths.search(), label: t('nav.search'), end: false },
    { to: paths.about(), label: t('nav.about'), end: false },
  ];
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="flex gap-1">
        {items.map((item) => (
          <li key={item.label}>
            <NavLink to={item.to} end={item.end} className={linkClass}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
