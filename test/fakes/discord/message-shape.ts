import { ComponentType, EmbedType } from 'discord-api-types/v10';
import type { APIEmbed, APIMessage, APIMessageInteractionMetadata, APIUser } from 'discord-api-types/v10';
import { NO_FLAGS } from './fixtures.js';
import { isRecord } from './http.js';

/*
 * What Discord stores is not what the bot sent: the spec's response schemas (MessageResponse, UserResponse,
 * MessageEmbedResponse, the *ComponentResponse schemas in ./openapi/) say which fields an answer always carries.
 * The fake fills them the way Discord does, so a bot that reads its own messages back reads Discord's shape.
 */

type MessageComponent = NonNullable<APIMessage['components']>[number];

const SELECTS: ReadonlySet<unknown> = new Set([
	ComponentType.StringSelect,
	ComponentType.UserSelect,
	ComponentType.RoleSelect,
	ComponentType.MentionableSelect,
	ComponentType.ChannelSelect,
]);

/** Discord leaves absent fields out of what it returns, where a request may have sent them as null. */
function withoutNulls<T extends object>(value: T): T {
	const copy = structuredClone(value);
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) {
			const list: unknown[] = node;
			list.forEach(walk);
			return;
		}
		if (!isRecord(node)) return;
		for (const [key, entry] of Object.entries(node)) {
			if (entry === null) Reflect.deleteProperty(node, key);
			else walk(entry);
		}
	};
	walk(copy);
	return copy;
}

/** UserResponse requires these; users built by tests often leave them out. */
export function userResponse(user: APIUser): APIUser {
	return {
		...user,
		avatar: user.avatar ?? null,
		global_name: user.global_name ?? null,
		public_flags: user.public_flags ?? NO_FLAGS,
		flags: user.flags ?? NO_FLAGS,
		primary_guild: user.primary_guild ?? null,
	};
}

export function metadataResponse(metadata: APIMessageInteractionMetadata): APIMessageInteractionMetadata {
	const shaped: APIMessageInteractionMetadata = { ...metadata, user: userResponse(metadata.user) };
	if ('target_user' in shaped && shaped.target_user) shaped.target_user = userResponse(shaped.target_user);
	if ('triggering_interaction_metadata' in shaped) {
		const trigger = shaped.triggering_interaction_metadata;
		shaped.triggering_interaction_metadata = { ...trigger, user: userResponse(trigger.user) };
	}
	return shaped;
}

/** A stored embed: type `rich`, fields with `inline`, no nulls (MessageEmbedResponse, MessageEmbedFieldResponse). */
export function embedResponse(embed: APIEmbed): APIEmbed {
	const shaped = withoutNulls(embed);
	shaped.type ??= EmbedType.Rich;
	if (shaped.fields) shaped.fields = shaped.fields.map((field) => ({ ...field, inline: field.inline ?? false }));
	return shaped;
}

/**
 * Stored components carry an `id`: Discord numbers the ones sent without one in order, skipping ids the message
 * already uses (components/reference.mdx, "Anatomy of a Component"); selects carry their min and max values.
 */
export function componentsResponse(components: readonly MessageComponent[]): MessageComponent[] {
	const shaped = components.map(withoutNulls);
	const used = new Set<number>();
	const visit = (node: unknown, action: (component: Record<string, unknown>) => void): void => {
		if (!isRecord(node)) return;
		action(node);
		for (const key of ['components', 'accessory', 'component', 'items'] as const) {
			const child = node[key];
			if (Array.isArray(child)) {
				const list: unknown[] = child;
				list.forEach((entry) => visit(entry, action));
			} else visit(child, action);
		}
	};
	const isComponent = (node: Record<string, unknown>): boolean => typeof node['type'] === 'number';
	shaped.forEach((component) => visit(component, (node) => typeof node['id'] === 'number' && used.add(node['id'])));
	let next = 1;
	shaped.forEach((component) =>
		visit(component, (node) => {
			if (!isComponent(node)) return;
			if (typeof node['id'] !== 'number') {
				while (used.has(next)) next += 1;
				node['id'] = next;
				used.add(next);
			}
			if (SELECTS.has(node['type'])) {
				node['min_values'] ??= 1;
				node['max_values'] ??= 1;
			}
		}),
	);
	return shaped;
}
