// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readFixture } from './fixture-server';
import { renderRoute } from './render-route';

const corruptSummaries = () => {
  const shard = JSON.parse(readFixture('summaries/0.json'));
  shard.articles[0].language = 'klingon';
  delete shard.articles[1].title;
  return new Response(JSON.stringify(shard), { status: 200 });
};

describe('loading failures', () => {
  it('shows an error screen naming the schema issues of a corrupt summary shard, and retries', async () => {
    const fail = vi.fn(corruptSummaries);
    const { user } = renderRoute('/', { 'summaries/0.json': () => fail() });
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'The dataset could not be loaded' }),
    ).toBeInTheDocument();
    expect(within(alert).getByText('articles.0.language')).toBeInTheDocument();
    expect(within(alert).getByText('articles.1.title')).toBeInTheDocument();

    fail.mockImplementation(() => new Response(readFixture('summaries/0.json'), { status: 200 }));
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a file that is not JSON at all', async () => {
    renderRoute('/', { 'manifest.json': () => new Response('<html>oops', { status: 200 }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not valid JSON');
  });

  it('explains a server error, keeping the shell usable', async () => {
    renderRoute('/alliances', { 'manifest.json': () => new Response('down', { status: 503 }) });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server answered 503 for /data/manifest.json',
    );
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Region:/ })).toBeDisabled();
  });

  it('shows a not-found page with a link home for an unknown route', async () => {
    renderRoute('/no/such/page?region=610000');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the timeline' })).toHaveAttribute(
      'href',
      '/?region=610000',
    );
  });
});
