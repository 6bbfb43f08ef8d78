import { NavLink } from 'react-router-dom';
import { usePaths } from '../lib/use-paths';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  [
    'rounded-md px-3 py-2 text-sm font-medium transition-colors',
    isActive
      ? 'bg-teal-50 text-teal-800'
      : 'text-slate-600 hover:bg-stone-100 hover:text-slate-900',
  ].join(' ');

export function MainNav() {
  const paths = usePaths();
  const items = [
    { to: paths.timeline(), label: 'Timeline', end: true },
    { to: paths.alliances(), label: 'Alliances', end: false },
    { to: paths.network(), label: 'Network', end: false },
  ];
  return (
    <nav aria-label="Main">
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
