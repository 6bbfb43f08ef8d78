// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { requestedPaths } from './fixture-server';
import { renderRoute } from './render-route';

const SHENYANG = '/articles/shenyang-maternal-alliance-2021';
const SHAANXI = '/articles/shaanxi-medical-engineering-alliance';

/** The mention link in the body (the side panel links the same entity too). */
const findMention = async (name: string) => {
  await screen.findAllByRole('link', { name }, { timeout: 5000 });
  const link = screen.getAllByRole('link', { name }).find((a) => a.hasAttribute('data-entity'));
  if (!link) throw new Error(`no mention link named ${name}`);
  return link;
};

describe('/articles/:id (reader)', () => {
  it('shows the title in its language, the meta with bases, and the blocks as elements', async () => {
    renderRoute(SHENYANG);
    const title = await screen.findByRole('heading', {
      level: 1,
      name: '母婴大健康产业技术创新联盟升级盛启',
    });
    expect(title).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText('高科技行业门户')).toBeInTheDocument();
    expect(screen.getByText('Simplified Chinese')).toBeInTheDocument();
    expect(screen.getByText('Apr 1, 2021', { selector: 'time' })).toBeInTheDocument();
    expect(screen.getByText('year from the publication date')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: '致爱新生·精准共享' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/主办的“致爱新生/).closest('p')).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText('发布会现场')).toBeInTheDocument();
    expect(screen.getByText('No link to the original page')).toBeInTheDocument();
  });

  it('links entity mentions in the text to their pages, as React nodes', async () => {
    renderRoute(`${SHENYANG}?region=210000`);
    const mention = await findMention('美德因妇儿医院股份有限公司');
    expect(mention.closest('p')).toHaveTextContent(/^3月31日，由美德因妇儿医院股份有限公司主办的/);
    expect(mention).toHaveAttribute('href', '/entities/i-c8f23546?region=210000');
    expect(mention).toHaveAttribute('data-entity', 'i-c8f23546');
    expect(await findMention('沈阳市卫生健康委员会')).toHaveAttribute('data-entity', 'i-2079db1e');
    const place = screen.getByRole('link', { name: '沈阳' });
    expect(place).toHaveAttribute('href', '/?region=210100');
    expect(place).toHaveAttribute('data-region', '210100');
  });

  it('lazy-loads images and shows a placeholder with the alt text when one fails', async () => {
    renderRoute(SHENYANG);
    const image = await screen.findByRole('img', { name: '母婴大健康产业技术创新联盟升级盛启' });
    expect(image).toHaveAttribute('loading', 'lazy');
    fireEvent.error(image);
    const placeholder = await screen.findByTestId('image-placeholder');
    expect(placeholder).toHaveAccessibleName('母婴大健康产业技术创新联盟升级盛启');
    expect(placeholder).toHaveTextContent('Image unavailable母婴大健康产业技术创新联盟升级盛启');
  });

  it('summarises removals by kind and rule, counting spam without quoting it', async () => {
    const { container, user } = renderRoute(SHENYANG);
    const summary = await screen.findByText('What was removed (4 passages)');
    await user.click(summary);
    const details = within(summary.closest('details') as HTMLElement);
    expect(summary.closest('details')).toHaveAttribute('open');
    expect(details.getByText('Spam: 2 passages (not shown)')).toBeInTheDocument();
    expect(details.getByText('Rule: spam-markers')).toBeInTheDocument();
    expect(details.getByText('Boilerplate: 1')).toBeInTheDocument();
    expect(details.getByText('免责声明：本文仅代表作者观点。')).toBeInTheDocument();
    expect(container).not.toHaveTextContent('加微信领取免费体检卡');
    expect(container).not.toHaveTextContent('点击链接购买保健品');
  });

  it('has a side panel with collaborations, institutions, people and regions, and related articles', async () => {
    renderRoute('/articles/xian-imaging-joint-lab');
    const panel = within(await screen.findByRole('complementary', { name: 'About this article' }));
    expect(panel.getByRole('heading', { name: 'Collaboration' })).toBeInTheDocument();
    expect(panel.getByRole('heading', { name: 'Institution' })).toBeInTheDocument();
    expect(panel.getByRole('heading', { name: 'Person' })).toBeInTheDocument();
    expect(panel.getByRole('link', { name: '王明' })).toHaveAttribute(
      'href',
      '/entities/p-293a1a8c',
    );
    expect(panel.getByRole('link', { name: "Xi'an" })).toHaveAttribute('href', '/?region=610100');
    // Related articles come from the catalogue, which a small dataset loads after the paint.
    const related = within(await panel.findByRole('region', { name: 'Related articles' }));
    expect(related.getByRole('link', { name: '陝西醫工產業聯盟正式成立運行' })).toBeInTheDocument();
    expect(related.getByText('1 shared entity')).toBeInTheDocument();
  });

  it('links the previous and next article in time', async () => {
    renderRoute(`${SHENYANG}?lang=zh`);
    const pager = within(await screen.findByRole('navigation', { name: '按时间排列的前后文章' }));
    expect(pager.getByRole('link', { name: /较晚/ })).toHaveAttribute(
      'href',
      '/articles/liaoning-pharma-cooperation-en?lang=zh',
    );
    expect(pager.queryByRole('link', { name: /较早/ })).not.toBeInTheDocument();
  });

  it('switches a Traditional article to Simplified with ?script=hans, keeping mentions linked', async () => {
    const { user, router } = renderRoute(SHAANXI);
    const original = await findMention('空軍軍醫大學');
    expect(original.closest('p')).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByRole('link', { name: '原文' })).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('link', { name: '简体' }));
    expect(router.location.search).toBe('?script=hans');
    const converted = await findMention('空军军医大学');
    expect(converted).toHaveAttribute('href', '/entities/i-2c374659');
    expect(converted.closest('p')).toHaveAttribute('lang', 'zh-Hans');
    expect(converted.closest('p')).toHaveTextContent(
      '联盟由西安交通大学、空军军医大学等高校和医疗机构共同组成。',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      '陕西医工产业联盟正式成立运行',
    );
    expect(
      screen.getByText('Shown in Simplified characters (converted with OpenCC).'),
    ).toBeInTheDocument();
  });

  it('offers no script toggle on a Simplified article, even with ?script=hans', async () => {
    renderRoute(`${SHENYANG}?script=hans`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('group', { name: 'Script' })).not.toBeInTheDocument();
  });

  it('says plainly when a Traditional Chinese article gives no publication date', async () => {
    renderRoute(SHAANXI);
    const title = await screen.findByRole('heading', {
      level: 1,
      name: '陝西醫工產業聯盟正式成立運行',
    });
    expect(title).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByText('Not given')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /big5\.cri\.cn/ })).toBeInTheDocument();
  });

  it('shows not-found for an id the dataset does not have, after the manifest and one body shard', async () => {
    const { fetchMock } = renderRoute('/articles/no-such-article?lang=zh');
    expect(await screen.findByRole('heading', { name: '找不到文章' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回时间线' })).toHaveAttribute('href', '/?lang=zh');
    expect(requestedPaths(fetchMock)).toEqual(['/data/manifest.json', '/data/bodies/0.json']);
  });

  it('shows the error screen when the body shard is missing', async () => {
    renderRoute(SHENYANG, {
      'bodies/0.json': () => new Response('gone', { status: 404 }),
    });
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'The article could not be loaded' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('404');
  });
});
