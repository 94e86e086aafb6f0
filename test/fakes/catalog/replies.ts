/** What a route answers: a JSON value, or an empty body. */
export interface Reply {
	status: number;
	json?: unknown;
	headers?: Record<string, string>;
}

/** Ktor's reason phrases (io.ktor.http.HttpStatusCode.description). */
const REASONS: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	422: 'Unprocessable Entity',
	500: 'Internal Server Error',
};

/** The server's StatusPages body (statuspages/StatusPagesInstall.kt, StatusResponse.kt): `{code, description, cause}`. */
export function statusReply(status: number, cause: string): Reply {
	return { status, json: { code: status, description: REASONS[status] ?? 'Error', cause } };
}

/** Ktor's auth-jwt default challenge (auth/jwt/JwtConfig.kt sets none of its own): 401, no body. */
export const UNAUTHORIZED: Reply = { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="NEWM Server"' } };

/** `restrictToMe` (ktx/ApplicationCallExt.kt): `respond(HttpStatusCode.Forbidden)`, no body. */
export const FORBIDDEN: Reply = { status: 403 };

export const NO_CONTENT: Reply = { status: 204 };

/** kotlinx with explicitNulls=false (serialization/SerializationModule.kt): null fields are left out, never sent as null. */
export function withoutNulls(record: Record<string, unknown>, drop: readonly string[] = []): Record<string, unknown> {
	return Object.fromEntries(Object.entries(record).filter(([key, value]) => value !== null && value !== undefined && !drop.includes(key)));
}

export function bearer(authorization: string | undefined): string | undefined {
	return /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
}

/** The JSON object a route reads with `receive()`; undefined when it is not one. */
export function jsonObject(body: string): Record<string, unknown> | undefined {
	try {
		const parsed: unknown = JSON.parse(body);
		return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

/** Ktor's BadRequestException for a body `receive<T>()` cannot convert. */
export function unconvertible(type: string): Reply {
	return statusReply(400, `Failed to convert request body to class ${type}`);
}
