import { THEME_PREFS, type ThemePref } from '../lib/theme';
import { useT } from '../lib/use-t';
import { useTheme } from '../lib/use-theme';
import { Icon, type IconName } from './icon';

const ICONS: Record<ThemePref, IconName> = { light: 'sun', dark: 'moon', system: 'monitor' };

/** Light / dark / system as a radio group: one tab stop, arrow keys choose. */
export function ThemeSwitch() {
  const { pref, choose } = useTheme();
  const { t } = useT();
  return (
    <fieldset className="flex shrink-0 rounded-md bg-sunken p-0.5">
      <legend className="sr-only">{t('shell.theme')}</legend>
      {THEME_PREFS.map((option) => (
        <label
          key={option}
          title={t(`shell.themes.${option}`)}
          className="cursor-pointer rounded p-1.5 text-muted hover:text-ink has-checked:bg-surface has-checked:text-ink has-checked:shadow-sm has-focus-visible:outline-3 has-focus-visible:outline-focus"
        >
          <input
            type="radio"
            name="theme"
            value={option}
            checked={pref === option}
            onChange={() => choose(option)}
            className="sr-only"
          />
          <Icon name={ICONS[option]} />
          <span className="sr-only">{t(`shell.themes.${option}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
