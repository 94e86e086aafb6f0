import { SharedWindow } from '../rateWindow.js';

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown[]>;

/**
 * The same window as the Redis script, as one PL/pgSQL function: an advisory lock per budget makes each call
 * one step for every process (each statement after it sees what the others committed), and time is the
 * server's. Slots live in rate_slots, pauses in rate_pauses.
 */
const SETUP = `
DO $setup$ BEGIN
PERFORM pg_advisory_xact_lock(hashtext('crossfade_rate_window_setup'));
CREATE TABLE IF NOT EXISTS rate_slots (budget TEXT NOT NULL, slot TEXT NOT NULL, started BIGINT NOT NULL, PRIMARY KEY (budget, slot));
CREATE TABLE IF NOT EXISTS rate_pauses (budget TEXT PRIMARY KEY, until BIGINT NOT NULL);
CREATE OR REPLACE FUNCTION crossfade_rate_window(p_budget TEXT, p_op TEXT, p_window BIGINT, p_arg TEXT, p_slot TEXT)
RETURNS BIGINT[] LANGUAGE plpgsql AS $fn$
DECLARE
	now_ms BIGINT;
	paused BIGINT;
	granted BIGINT := 0;
	held BIGINT;
	reply BIGINT[];
BEGIN
	PERFORM pg_advisory_xact_lock(hashtext('crossfade_rate_window:' || p_budget));
	now_ms := (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT;
	DELETE FROM rate_slots WHERE budget = p_budget AND started <= now_ms - p_window;
	SELECT GREATEST(0, until - now_ms) INTO paused FROM rate_pauses WHERE budget = p_budget;
	paused := COALESCE(paused, 0);
	IF p_op = 'take' THEN
		SELECT count(*) INTO held FROM rate_slots WHERE budget = p_budget;
		IF paused = 0 AND held < p_arg::BIGINT THEN
			INSERT INTO rate_slots VALUES (p_budget, p_slot, now_ms);
			granted := 1;
		END IF;
	ELSIF p_op = 'settle' THEN
		INSERT INTO rate_slots VALUES (p_budget, p_arg, now_ms) ON CONFLICT (budget, slot) DO UPDATE SET started = now_ms;
	ELSIF p_op = 'release' THEN
		DELETE FROM rate_slots WHERE budget = p_budget AND slot = p_arg;
	ELSIF p_op = 'fill' THEN
		SELECT count(*) INTO held FROM rate_slots WHERE budget = p_budget;
		INSERT INTO rate_slots SELECT p_budget, p_slot || ':' || i, now_ms FROM generate_series(held + 1, p_arg::BIGINT) AS i;
	ELSIF p_op = 'pause' THEN
		IF p_arg::BIGINT > paused THEN
			INSERT INTO rate_pauses VALUES (p_budget, now_ms + p_arg::BIGINT) ON CONFLICT (budget) DO UPDATE SET until = EXCLUDED.until;
			paused := p_arg::BIGINT;
		END IF;
	END IF;
	SELECT ARRAY[granted, paused] || COALESCE(array_agg(started + p_window - now_ms ORDER BY started), '{}')
		INTO reply FROM rate_slots WHERE budget = p_budget;
	RETURN reply;
END $fn$;
END $setup$`;

/** A rate-limit window in PostgreSQL, shared by every process that names the same budget. */
export function postgresWindow(options: { query: Query; budget: string; windowMs: number }): SharedWindow {
	const { query, budget } = options;
	let ready: Promise<unknown> | undefined;
	const setup = () =>
		(ready ??= query(SETUP).catch((error: unknown) => {
			ready = undefined;
			throw error;
		}));
	return new SharedWindow({
		windowMs: options.windowMs,
		async execute(op, windowMs, [arg = '', slot = '']) {
			await setup();
			const rows = await query('SELECT crossfade_rate_window($1, $2, $3, $4, $5) AS reply', [budget, op, windowMs, arg, slot]);
			const [row] = rows;
			return typeof row === 'object' && row !== null && 'reply' in row ? row.reply : undefined;
		},
	});
}
