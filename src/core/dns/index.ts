// DNS checks for what a bounce complains about (MX, SPF, DMARC, DKIM, reverse DNS, block lists) through a
// DNS-over-HTTPS resolver's JSON API. Pure: the caller passes `fetch`.
export {createResolver, parseResolverUrl, readAnswer, unreachable, DEFAULT_RESOLVER, type FetchLike, type Resolver, type ResolverOptions, type QueryResult, type RecordType} from './doh';
export {parseDomain, parseIp, parseSelector, reverseName} from './names';
export {runDnsChecks, validateRequest, type CheckId, type DnsReport, type DnsRequest} from './check';
export {BLOCK_LISTS, type BlockList, type ListingCheck} from './blocklists';
export type {MxCheck, MxHost} from './mx';
export type {SpfCheck, SpfNode, SpfResult, Qualifier} from './spf';
export type {DmarcCheck, DmarcRecord, DmarcPolicy} from './dmarc';
export type {DkimCheck} from './dkim';
export type {PtrCheck} from './ptr';
export {dnsPlan, sendingIp, senderDomain, type DnsPlan, type DnsReading} from './plan';
export {dnsTopic, explanationReading, type DnsTopic} from './topic';
export {dnsFindings, type DnsFinding} from './findings';
