import type { Context } from '../context.js';
import type { Door } from '../doors/door.js';
import type { Dispatch } from '../interactions/dispatcher.js';
import { discogsSignInRoutes } from '../web/discogsSignIn.js';
import { linkedRolesRoutes } from '../web/linkedRolesRoutes.js';
import type { HttpRoutes } from './server.js';

/** Everything the public port serves beside /healthz: the door's routes (POST /interactions in HTTP mode) and the web pages. */
export function publicRoutes(context: Context, door: Door, dispatch: Dispatch): HttpRoutes[] {
	const secure = context.config.publicUrl?.startsWith('https:') ?? false;
	return [...door.routes(dispatch), linkedRolesRoutes(context.linkedRoles, secure), discogsSignInRoutes({ context })];
}
