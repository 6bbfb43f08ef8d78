// Applies the saved theme before the first paint, so a dark page never flashes white.
// Loaded as an external script because the Content-Security-Policy forbids inline ones.
// Mirrors src/web/lib/theme.ts (key, values, rule); keep the two in step.
(function () {
  var pref = 'system';
  try {
    var stored = window.localStorage.getItem('alliance-atlas:theme');
    if (stored === 'light' || stored === 'dark') pref = stored;
  } catch {
    /* storage disabled: follow the system */
  }
  var dark =
    pref === 'dark' ||
    (pref === 'system' &&
      !!window.matchMedia &&
      window.matchMedia('(prefers-color-scheme: dark)').matches);
  var root = document.documentElement;
  if (dark) root.classList.add('dark');
  root.style.colorScheme = dark ? 'dark' : 'light';
})();
