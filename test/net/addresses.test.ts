import {describe, expect, it} from 'vitest';
import {chooseAddresses, defaultRouteInterface, listenAddresses, type NetworkInterfaces} from '../../source/io/net/addresses.js';

const v4 = (address: string, internal = false) => ({address, family: 'IPv4', internal});
const v6 = (address: string, internal = false) => ({address, family: 'IPv6', internal});

/** A laptop on venue Wi-Fi, with a docker bridge and a VPN. */
const laptop: NetworkInterfaces = {
	lo: [v4('127.0.0.1', true), v6('::1', true)],
	docker0: [v4('172.17.0.1'), v6('fe80::42:acff:fe11:1')],
	wlan0: [v4('192.168.1.20'), v6('fe80::1c2d:3e4f:5a6b:7c8d'), v6('fd12:3456:789a::20'), v6('2001:db8::20')],
	tun0: [v4('10.8.0.5')],
	eth1: [v4('169.254.10.2'), v4('203.0.113.7')],
};

const header = 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT';
const route = (name: string, destination: string, flags: string, metric: number, mask: string) => `${name}\t${destination}\t0101A8C0\t${flags}\t0\t0\t${metric}\t${mask}\t0\t0\t0`;
const routeTable = (...lines: string[]) => [header, ...lines, ''].join('\n');

describe('the default route', () => {
	it('is the interface whose route has destination and mask 0', () => {
		expect(defaultRouteInterface(routeTable(route('docker0', '000011AC', '0001', 0, '0000FFFF'), route('wlan0', '00000000', '0003', 600, '00000000')))).toBe('wlan0');
	});

	it('the lowest metric wins; a route that is down does not count', () => {
		const table = routeTable(
			route('wlan0', '00000000', '0003', 600, '00000000'),
			route('eth0', '00000000', '0003', 100, '00000000'),
			route('tun0', '00000000', '0002', 0, '00000000'),
		);
		expect(defaultRouteInterface(table)).toBe('eth0');
	});

	it('none without a default route, or with an empty or malformed table', () => {
		expect(defaultRouteInterface(routeTable(route('wlan0', '0001A8C0', '0001', 0, '00FFFFFF')))).toBeUndefined();
		expect(defaultRouteInterface('')).toBeUndefined();
		expect(defaultRouteInterface('garbage\nmore garbage')).toBeUndefined();
	});
});

describe('the addresses the room is served on', () => {
	it('private IPv4 and IPv6 unique local only: no public, link-local or loopback address', () => {
		const {primary, others} = chooseAddresses({interfaces: laptop, routeTable: routeTable(route('wlan0', '00000000', '0003', 600, '00000000'))});
		const all = [primary, ...others];
		expect(all.sort()).toEqual(['10.8.0.5', '172.17.0.1', '192.168.1.20', 'fd12:3456:789a::20'].sort());
	});

	it('shows the default route\'s address first, the others to list', () => {
		const chosen = chooseAddresses({interfaces: laptop, routeTable: routeTable(route('wlan0', '00000000', '0003', 600, '00000000'))});
		expect(chosen.primary).toBe('192.168.1.20');
		expect(chosen.others).not.toContain('192.168.1.20');
		// IPv4 before IPv6: every phone speaks it, and its URL is the shorter code.
		expect(chosen.others.at(-1)).toBe('fd12:3456:789a::20');
	});

	it('the default route through the VPN makes the VPN\'s address the one shown', () => {
		expect(chooseAddresses({interfaces: laptop, routeTable: routeTable(route('tun0', '00000000', '0003', 0, '00000000'))}).primary).toBe('10.8.0.5');
	});

	it('without a route table (not Linux), the first private IPv4 address', () => {
		expect(chooseAddresses({interfaces: laptop}).primary).toBe('172.17.0.1');
	});

	it('a default route through an interface with no private address falls back to the first private one', () => {
		expect(chooseAddresses({interfaces: laptop, routeTable: routeTable(route('eth1', '00000000', '0003', 0, '00000000'))}).primary).toBe('172.17.0.1');
	});

	it('an IPv6-only network shows its unique local address', () => {
		expect(chooseAddresses({interfaces: {wlan0: [v6('fe80::1'), v6('fdab::7')]}})).toEqual({primary: 'fdab::7', others: []});
	});

	it('loopback only when asked, and then after every private address', () => {
		expect(chooseAddresses({interfaces: {lo: laptop['lo']}})).toEqual({others: []});
		expect(chooseAddresses({interfaces: {lo: laptop['lo']}, loopback: true})).toEqual({primary: '127.0.0.1', others: ['::1']});
		expect(chooseAddresses({interfaces: laptop, loopback: true}).primary).toBe('172.17.0.1');
	});

	it('tells 172.16/12 from its neighbours, and takes Node\'s numeric families', () => {
		const edges: NetworkInterfaces = {a: [{address: '172.15.255.1', family: 4, internal: false}, {address: '172.16.0.1', family: 4, internal: false}, {address: '172.31.255.1', family: 4, internal: false}, {address: '172.32.0.1', family: 4, internal: false}]};
		const {primary, others} = chooseAddresses({interfaces: edges});
		expect([primary, ...others]).toEqual(['172.16.0.1', '172.31.255.1']);
	});

	it('an address on two interfaces is listed once', () => {
		expect(chooseAddresses({interfaces: {a: [v4('10.0.0.2')], b: [v4('10.0.0.2'), v4('10.0.0.3')]}})).toEqual({primary: '10.0.0.2', others: ['10.0.0.3']});
	});

	it('reads this machine: nothing public, nothing link-local', () => {
		const {primary, others} = listenAddresses();
		for (const address of [primary, ...others].filter(address => address !== undefined)) {
			expect(address).toMatch(/^(10\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.|f[cd])/i);
		}
	});
});
