/**
 * Launch flags that keep Chromium off the network below request interception. Interception (see
 * `ReusablePage`) decides what a page may load, but Chromium opens sockets before a request reaches it:
 * `<link rel=preconnect>`, an `<iframe src>` and a `<meta http-equiv=refresh>` each gave one or two
 * TCP connections to a loopback listener although every request was aborted (measured with Chromium 156,
 * accept-level listeners on 127.0.0.1 and [::1]; a named host would also have leaked a DNS lookup).
 *
 * Two independent layers, each measured to stop those connections alone (tests/security/network-lockdown.test.ts):
 * - every host name resolves to "not found", IP literals included (127.0.0.1 and [::1] were refused too),
 *   so no DNS query leaves and no address is ever reached, the proxy's own included;
 * - every connection goes through a proxy at a closed address (the discard port of loopback): Chromium
 *   never falls back to a direct connection for a proxy given on the command line, and `<-loopback>`
 *   takes away the bypass Chromium grants loopback addresses by default (without it 127.0.0.1 was reached).
 * DNS prefetching and hyperlink auditing pings are switched off as well.
 */
export const NETWORK_LOCKDOWN_ARGS: readonly string[] = [
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--dns-prefetch-disable',
  '--no-pings',
];
