// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { requestedPaths } from './fixture-server';
import { renderRoute } from './render-route';

const SHENYANG = '/articles/shenyang-maternal-alliance-2021';

describe('/articles/:id (reader)', () => {
  it('shows the title in its language, the meta and the blocks as elements', async () => {
    renderRoute(SHENYANG);
    const title = await screen.findByRole('heading', {
      level: 1,
      name: '母婴大健康产业技术创新联盟升级盛启',
    });
    expect(title).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText('高科技行业门户')).toBeInTheDocument();
    expect(screen.getByText('Simplified Chinese')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: '致爱新生·精准共享' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/由美德因妇儿医院股份有限公司主办/)).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText('发布会现场')).toBeInTheDocument();
  });

  it('lazy-loads images and shows a placeholder with the alt text when one fails', async () => {
    renderRoute(SHENYANG);
    const image = await screen.findByRole('img', { name: '母婴大健康产业技术创新联盟升级盛启' });
    expect(image).toHaveAttribute('loading', 'lazy');
    fireEvent.error(image);
    const placeholder = await screen.findByRole('img', {
      name: '母婴大健康产业技术创新联盟升级盛启',
    });
    expect(placeholder.tagName).toBe('DIV');
    expect(placeholder).toHaveTextContent('Image unavailable: 母婴大健康产业技术创新联盟升级盛启');
  });

  it('summarises removals by kind and rule, counting spam without quoting it', async () => {
    const { container } = renderRoute(SHENYANG);
    const summary = await screen.findByText(/What was removed \(4 passages\)/);
    const details = within(summary.closest('details') as HTMLElement);
    expect(details.getByText('Spam: 2 passages (not shown)')).toBeInTheDocument();
    expect(details.getByText('Rule: spam-markers')).toBeInTheDocument();
    expect(details.getByText('boilerplate: 1')).toBeInTheDocument();
    expect(details.getByText('免责声明：本文仅代表作者观点。')).toBeInTheDocument();
    expect(container).not.toHaveTextContent('加微信领取免费体检卡');
    expect(container).not.toHaveTextContent('点击链接购买保健品');
  });

  it('lists the entities named in the article with links to their pages', async () => {
    renderRoute(SHENYANG);
    const list = within(await screen.findByRole('region', { name: 'Named in this article' }));
    expect(list.getByRole('link', { name: '美德因妇儿医院股份有限公司' })).toHaveAttribute(
      'href',
      '/entities/i-c8f23546',
    );
  });

  it('says plainly when a Traditional Chinese article gives no publication date', async () => {
    renderRoute('/articles/shaanxi-medical-engineering-alliance');
    const title = await screen.findByRole('heading', {
      level: 1,
      name: '陝西醫工產業聯盟正式成立運行',
    });
    expect(title).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByText('Not given')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /big5\.cri\.cn/ })).toBeInTheDocument();
  });

  it('shows not-found for an id the index does not know, without requesting a body', async () => {
    const { fetchMock } = renderRoute('/articles/no-such-article');
    expect(await screen.findByRole('heading', { name: 'Article not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the timeline' })).toHaveAttribute('href', '/');
    expect(requestedPaths(fetchMock)).toEqual(['/data/index.json']);
  });

  it('shows the error screen when a listed article body is missing', async () => {
    renderRoute(SHENYANG, {
      'articles/shenyang-maternal-alliance-2021.json': () => new Response('gone', { status: 404 }),
    });
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'The article could not be loaded' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('404');
  });
});
