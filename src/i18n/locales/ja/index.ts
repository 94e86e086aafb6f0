import type { LocaleResources } from '../../resources.js';
import { account } from './account.js';
import { catalog } from './catalog.js';
import { commands } from './commands.js';
import { common } from './common.js';
import { discogs } from './discogs.js';
import { errors } from './errors.js';
import { links } from './links.js';
import { metadata } from './metadata.js';
import { pages } from './pages.js';
import { profile } from './profile.js';
import { web } from './web.js';

/**
 * Japanese, polite (です/ます) as Discord's own Japanese client writes. One word per idea across every file:
 * link 連携, account アカウント, profile プロフィール, seller rating 販売者評価, contributions 貢献, submissions 投稿,
 * server サーバー, sign in ログイン; Discord's own terms for its features (リンクされたロール, ユーザー設定, 認証済みアプリ, 接続).
 */
export const ja = { common, errors, discogs, pages, links, profile, catalog, account, commands, metadata, web } as const satisfies LocaleResources;
