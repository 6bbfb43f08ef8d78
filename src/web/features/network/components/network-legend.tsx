import { KIND_COLOURS } from '../network-style';

export function NetworkLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-600">
      {Object.entries(KIND_COLOURS).map(([kind, { fill, label, shape }]) => (
        <li key={kind} className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className={`inline-block h-3.5 w-3.5 ${shape === 'ellipse' ? 'rounded-full' : 'rounded-sm'}`}
            style={{ backgroundColor: fill }}
          />
          {label}
        </li>
      ))}
      <li className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className="inline-block h-3.5 w-3.5 rounded-full bg-slate-400 opacity-55"
        />
        Faded: partner outside the selected region
      </li>
    </ul>
  );
}
