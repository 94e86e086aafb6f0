/**
 * The fake's one validator: every body the bot sends is checked against Discord's OpenAPI description (the
 * vendored subset in ../openapi/) and then against the documented limits the description cannot express, and a
 * violation is answered as Discord answers it (400, code 50035, `errors` naming the field).
 */
export { parseCallback, invalidResponseType } from './callback.js';
export type { ParsedCallback } from './callback.js';
export { COMMANDS_PER_SCOPE, commandIssues, commandType, tooManyCommands } from './commands.js';
export { discordError, invalidFormBody, throwIfAny } from './issues.js';
export type { Issue, Path } from './issues.js';
export { validateAgainst } from './json-schema.js';
export { parseWebhookMessage, settableFlags } from './message.js';
export { metadataRecordsIssues, roleConnectionIssues } from './role-connections.js';
export type { MessageKind } from './message.js';
export { component, requestSchema, responseSchema } from './spec.js';
