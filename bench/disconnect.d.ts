/** The part of the `disconnect` npm client (v1.2.2, plain JS, no types) the benchmark uses. */
declare module 'disconnect' {
	export interface DisconnectAuth {
		userToken?: string;
		consumerKey?: string;
		consumerSecret?: string;
	}

	export interface DisconnectConfig {
		host?: string;
		port?: number;
		userAgent?: string;
		requestLimit?: number;
		requestLimitAuth?: number;
		requestLimitInterval?: number;
	}

	export interface DisconnectUser {
		/** Resolves with the parsed JSON; rejects with a DiscogsError ({ statusCode, message }) or a socket error. */
		getProfile(username: string): Promise<unknown>;
	}

	export interface DisconnectClient {
		setConfig(config: DisconnectConfig): DisconnectClient;
		user(): DisconnectUser;
	}

	const discogs: {
		Client: new (userAgent: string, auth?: DisconnectAuth) => DisconnectClient;
	};
	export default discogs;
}
