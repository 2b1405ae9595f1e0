/**
Where the room's web server listens: this machine's private-network
addresses (IPv4 private ranges and IPv6 unique-local), never a public one,
never loopback or link-local, so the quiz is served to the room and no
further.
*/
import os from 'node:os';

const privateIpv4 = (address: string): boolean => /^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/.test(address);
const uniqueLocalIpv6 = (address: string): boolean => /^f[cd][\da-f]{2}:/i.test(address);

/** The private addresses, the one most likely reachable first (`primary`). */
export function listenAddresses(): {primary?: string; others: string[]} {
	const found = Object.values(os.networkInterfaces()).flatMap(entries => entries ?? [])
		.filter(entry => !entry.internal && (entry.family === 'IPv4' ? privateIpv4(entry.address) : uniqueLocalIpv6(entry.address)))
		.map(entry => entry.address);
	const [primary, ...others] = found;
	return primary === undefined ? {others: []} : {primary, others};
}
