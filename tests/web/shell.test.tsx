// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from './render-route';

describe('shell', () => {
  it('has landmarks, a skip link, the views and search in the navigation', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    const nav = within(screen.getByRole('navigation', { name: 'Main' }));
    expect(nav.getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Timeline',
      'Alliances',
      'Network',
      'Regions',
      'Search',
      'About',
    ]);
    expect(screen.getByRole('search')).toContainElement(
      screen.getByRole('combobox', { name: 'Search' }),
    );
    expect(nav.getByRole('link', { name: 'Timeline' })).toHaveAttribute('aria-current', 'page');
  });

  it('switches the UI language through the URL, keeping the view and its filters', async () => {
    const { user, router } = renderRoute('/alliances?region=610000&sort=name');
    await screen.findByRole('heading', { level: 1, name: 'Alliances' });
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('link', { name: '中文' }));
    expect(router.location.pathname).toBe('/alliances');
    expect(router.location.search).toBe('?sort=name&region=610000&lang=zh');
    expect(await screen.findByRole('heading', { level: 1, name: '联盟' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hans');
    const nav = within(screen.getByRole('navigation', { name: '主导航' }));
    expect(nav.getByRole('link', { name: '时间线' })).toHaveAttribute(
      'href',
      '/?region=610000&lang=zh',
    );
    expect(screen.getByRole('link', { name: '中文' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: /^地区：/ })).toHaveTextContent('已选 1 个');
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('heading', { level: 1, name: 'Alliances' })).toBeInTheDocument();
  });

  it('falls back to English for an unknown language', async () => {
    renderRoute('/?lang=klingon');
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
  });

  it('chooses light, dark or system theme, applies it to <html> and remembers it', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    const theme = within(screen.getByRole('group', { name: 'Theme' }));
    expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
    await user.click(theme.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement).toHaveClass('dark');
    expect(window.localStorage.getItem('alliance-atlas:theme')).toBe('dark');
    await user.click(theme.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement).not.toHaveClass('dark');
    expect(document.documentElement.style.colorScheme).toBe('light');
    await user.click(theme.getByRole('radio', { name: 'System' }));
    expect(window.localStorage.getItem('alliance-atlas:theme')).toBeNull();
  });

  it('starts in the saved theme', async () => {
    window.localStorage.setItem('alliance-atlas:theme', 'dark');
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    expect(
      within(screen.getByRole('group', { name: 'Theme' })).getByRole('radio', { name: 'Dark' }),
    ).toBeChecked();
    expect(document.documentElement).toHaveClass('dark');
  });

  it('copies the link to the current view and says so', async () => {
    const { user } = renderRoute('/alliances?region=610000');
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(screen.getByText('Link to this view copied to the clipboard')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('says when copying fails', async () => {
    const { user } = renderRoute('/');
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
      configurable: true,
    });
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/Could not copy/)).toBeVisible();
  });

  it('opens the shortcuts help with ?, the search box with / and the region search with r', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('open');
    expect(
      within(dialog).getByText('Search articles, alliances, institutions and people'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Open the region filter and type to narrow it'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(dialog).not.toHaveAttribute('open');
    await user.keyboard('/');
    expect(screen.getByRole('combobox', { name: 'Search' })).toHaveFocus();
    await user.keyboard('r');
    expect(screen.getByRole('combobox', { name: 'Search' })).toHaveValue('r');
    await user.keyboard('{Escape}{Escape}');
    screen.getByRole('combobox', { name: 'Search' }).blur();
    await user.keyboard('r');
    expect(screen.getByRole('searchbox', { name: 'Filter regions' })).toHaveFocus();
    await user.keyboard('?');
    expect(screen.getByRole('searchbox', { name: 'Filter regions' })).toHaveValue('?');
  });
});
