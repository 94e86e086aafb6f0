import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NGINX } from './requirements.js';
import { freePort } from './ports.js';

const START_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;
const POLL_MS = 50;

export interface Upstream {
	host: string;
	port: number;
}

export interface NginxServer {
	/** http://127.0.0.1:<port>, without a trailing slash. */
	url: string;
	port: number;
	/** Ends nginx (SIGQUIT, then SIGKILL past a bound) and removes its files. */
	stop(): Promise<void>;
}

/** A server line of the upstream block; the values go into a config file, so only a plain host and port pass. */
function serverAddress({ host, port }: Upstream): string {
	if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`not a port: ${port}`);
	if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new Error(`not a plain host name or address: ${JSON.stringify(host)}`);
	return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * The whole configuration, every path under `dir`: Debian's defaults (/etc/nginx, /var/log/nginx, /var/lib/nginx,
 * /run/nginx.pid) are never read or written. Directive meanings: nginx.org/en/docs/ngx_core_module.html,
 * ngx_http_upstream_module.html and ngx_http_proxy_module.html.
 */
function config(dir: string, port: number, upstreams: readonly Upstream[]): string {
	const path = (name: string) => join(dir, name);
	return `
# In the foreground as one process: the test owns its lifetime, and with no workers to hand over to there is
# no switch to another user (which, run as root, would leave the workers unable to write the temp paths).
daemon off;
master_process off;
pid ${path('nginx.pid')};
lock_file ${path('nginx.lock')};
error_log ${path('error.log')} warn;
events { worker_connections 512; }
http {
	log_format upstreams '$remote_addr "$request" $status upstream=$upstream_addr upstream_status=$upstream_status';
	access_log ${path('access.log')} upstreams;
	client_body_temp_path ${path('client_body')};
	proxy_temp_path ${path('proxy')};
	fastcgi_temp_path ${path('fastcgi')};
	uwsgi_temp_path ${path('uwsgi')};
	scgi_temp_path ${path('scgi')};

	# Round robin (the default method), each replica equal.
	upstream replicas {
${upstreams.map((upstream) => `\t\tserver ${serverAddress(upstream)};`).join('\n')}
	}

	server {
		listen 127.0.0.1:${port};
		# The next replica on a refused or timed-out connection. Not "non_idempotent": since nginx 1.9.13 a POST
		# that reached a replica is never sent to another one (ngx_http_proxy_module, proxy_next_upstream), so an
		# interaction that replica may have handled is not delivered twice; the caller gets 502 instead.
		proxy_next_upstream error timeout;
		proxy_connect_timeout 2s;
		# A new connection per request: a kept-alive one that the replica closed meanwhile fails only once the
		# POST has been sent, and so could not be retried.
		proxy_http_version 1.0;
		proxy_set_header Host $http_host;
		proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
		location = /interactions { proxy_pass http://replicas; }
		location = /healthz { proxy_pass http://replicas; }
		# Only the public routes: nothing else of a replica (its /metrics above all) is reachable through here.
		location / { return 404; }
	}
}
`;
}

/** Whether something accepts TCP connections on 127.0.0.1:port now. */
function accepts(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect({ host: '127.0.0.1', port });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

function readIfThere(file: string): string {
	return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/**
 * Debian's nginx (/usr/sbin/nginx) on a free loopback port, in front of `upstreams` with a round-robin upstream,
 * as the bot's replicas are deployed; resolves once it accepts connections. Everything it writes stays in a fresh
 * temp dir, removed by stop().
 */
export async function startNginx(options: { upstreams: readonly Upstream[] }): Promise<NginxServer> {
	if (options.upstreams.length === 0) throw new Error('startNginx needs at least one upstream');
	const binary = NGINX.locate();
	if (!binary) throw new Error(`nginx not found: install Debian's ${NGINX.aptPackage} package (apt-get install -y ${NGINX.aptPackage})`);
	const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
	const port = await freePort();
	const confFile = join(dir, 'nginx.conf');
	const errorLog = join(dir, 'error.log');
	try {
		writeFileSync(confFile, config(dir, port, options.upstreams));
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
	// -e: errors met before the configuration is read go to the temp dir too, not to Debian's /var/log/nginx.
	const child = spawn(binary, ['-p', dir, '-c', confFile, '-e', errorLog], { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const collect = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-4000);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	let exited = false;
	const exit = new Promise<void>((resolve) => {
		child.once('exit', () => {
			exited = true;
			resolve();
		});
		child.once('error', (error) => {
			collect(Buffer.from(String(error)));
			exited = true;
			resolve();
		});
	});
	// A test run that dies must not leave nginx behind.
	const kill = () => {
		if (!exited) child.kill('SIGKILL');
	};
	process.once('exit', kill);

	const stop = async () => {
		if (!exited) {
			child.kill('SIGQUIT');
			const timer = setTimeout(kill, STOP_TIMEOUT_MS);
			await exit;
			clearTimeout(timer);
		}
		process.off('exit', kill);
		rmSync(dir, { recursive: true, force: true });
	};

	const deadline = Date.now() + START_TIMEOUT_MS;
	while (!(await accepts(port))) {
		if (exited || Date.now() > deadline) {
			const why = exited ? 'exited at start' : `did not accept connections within ${START_TIMEOUT_MS} ms`;
			const log = `${output}${readIfThere(errorLog)}`.trim().slice(-2000);
			await stop();
			throw new Error(`nginx ${why}: ${log}`);
		}
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
	return { url: `http://127.0.0.1:${port}`, port, stop };
}
