/**
Where the room's web server listens: this machine's private-network
addresses, and the one a phone in the room most likely reaches. A room quiz
is for the people in the room, so by default it never listens on a public
address; link-local addresses are left out too, as a phone cannot be sent to
one by a URL (an IPv6 one needs its zone, an IPv4 one means no network).
*/
import os from 'node:os';
import process from 'node:process';
import {readRegularFile} from '../fs/read-file.js';

/** What os.networkInterfaces() says, in the part that matters here. */
export type NetworkInterfaces = Readonly<Record<string, ReadonlyArray<{readonly address: string; readonly family: string | number; readonly internal: boolean}> | undefined>>;

export type ListenAddresses = {
	/** The address to show the room: the default route's, else the first private one. Absent when there is none. */
	readonly primary?: string;
	/** Every other address listened on, to list beside it. */
	readonly others: readonly string[];
};

export type AddressOptions = {
	/** Loopback too (127.0.0.1, ::1): for trying it out on this machine alone. */
	readonly loopback?: boolean;
	readonly interfaces?: NetworkInterfaces;
	/** The text of /proc/net/route; `undefined` where there is none (not Linux). */
	readonly routeTable?: string;
};

const ipv4Parts = (address: string): number[] | undefined => {
	const parts = address.split('.').map(Number);
	return parts.length === 4 && parts.every(part => Number.isInteger(part) && part >= 0 && part <= 255) ? parts : undefined;
};

/** 10/8, 172.16/12, 192.168/16 (RFC 1918). */
const isPrivateIpv4 = (address: string): boolean => {
	const [a, b] = ipv4Parts(address) ?? [];
	return a === 10 || (a === 172 && b !== undefined && b >= 16 && b <= 31) || (a === 192 && b === 168);
};

const isLoopbackIpv4 = (address: string): boolean => ipv4Parts(address)?.[0] === 127;

/** fc00::/7: unique local addresses, IPv6's private network. */
const isUniqueLocal = (address: string): boolean => /^f[cd][\da-f]{0,2}:/i.test(address);

const isIpv4 = (family: string | number): boolean => family === 'IPv4' || family === 4;

/**
The interface of the default route in /proc/net/route (destination and mask
0), the one with the lowest metric where there are several; `undefined`
without one.
*/
export function defaultRouteInterface(routeTable: string): string | undefined {
	let best: {name: string; metric: number} | undefined;
	// Columns: Iface Destination Gateway Flags RefCnt Use Metric Mask …
	for (const line of routeTable.split('\n').slice(1)) {
		const [name, destination, , flags, , , metricText, mask] = line.trim().split(/\s+/);
		// Flag 0x1 is RTF_UP: a route that is down carries nothing.
		const up = (Number.parseInt(flags ?? '0', 16) & 1) === 1;
		const metric = Number(metricText);
		if (name && destination === '00000000' && mask === '00000000' && up && Number.isFinite(metric) && (!best || metric < best.metric)) {
			best = {name, metric};
		}
	}

	return best?.name;
}

/** The addresses to listen on, from the interfaces and the route table given (pure: the tests give both). */
export function chooseAddresses({interfaces = {}, routeTable, loopback = false}: AddressOptions): ListenAddresses {
	const wanted = (address: string, family: string | number): boolean =>
		isIpv4(family) ? isPrivateIpv4(address) || (loopback && isLoopbackIpv4(address)) : isUniqueLocal(address) || (loopback && address === '::1');
	const found = Object.entries(interfaces).flatMap(([name, entries]) =>
		(entries ?? []).filter(entry => wanted(entry.address, entry.family)).map(entry => ({name, address: entry.address, ipv4: isIpv4(entry.family)})));
	// An IPv4 address first: every phone speaks it, and its URL is the shorter QR code.
	const ranked = [...found].sort((a, b) => Number(b.ipv4) - Number(a.ipv4));
	const routed = routeTable === undefined ? undefined : defaultRouteInterface(routeTable);
	const isLoopback = (address: string): boolean => isLoopbackIpv4(address) || address === '::1';
	const primary = ranked.find(entry => entry.name === routed && !isLoopback(entry.address)) ?? ranked.find(entry => !isLoopback(entry.address)) ?? ranked[0];
	const addresses = [...new Set(ranked.map(entry => entry.address))];
	return primary ? {primary: primary.address, others: addresses.filter(address => address !== primary.address)} : {others: []};
}

/** Far larger than a route table with hundreds of routes. */
const MAX_ROUTE_TABLE_BYTES = 256 * 1024;

function readRouteTable(): string | undefined {
	if (process.platform !== 'linux') {
		return undefined;
	}

	const read = readRegularFile('/proc/net/route', {maxBytes: MAX_ROUTE_TABLE_BYTES});
	return read.ok ? read.bytes.toString('utf8') : undefined;
}

/** This machine's private-network addresses, and the one to show the room. */
export function listenAddresses(options: Pick<AddressOptions, 'loopback'> = {}): ListenAddresses {
	return chooseAddresses({...options, interfaces: os.networkInterfaces(), routeTable: readRouteTable()});
}
