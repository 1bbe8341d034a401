// The public API of the core. Pure: runs in Node, the service worker, the content script and the popup.
// Every other folder imports the core through this file only (eslint.config.js); tests may reach inside.
export {explain, isInvalid, type ExplainContext, type InvalidCode} from './explain';
export {explainText, explainReplies, type ExplainedReply, type ReplyInput, type RepliesContext} from './explain-text';
/** The current email's scope: explainText(text, report, scope) keeps the answers kept while `text` was decoded in it. */
export {emailScope} from './email-scope';
export {bounceProvider} from './bounce-provider';
export {parseCode, type ParsedCode, type ParseResult} from './parse-code';
export {search, searchText, searchWords, explainHit, concreteCode, type SearchHit, type WordSearch} from './search';
export {findCodes, findMatches} from './find-codes';
export {groupFindings} from './find-codes/group';
export {decodeBounce, decodeMessages, decodeMessagesLight, reportOf, type DecodedMessage} from './decode';
export {decodeText} from './decode/text-report';
/** Whether a text starts with an mbox From_ line (RFC 4155): the CLI splits a large mbox as it streams it. */
export {isMbox} from './decode/mbox';
export {utf16Of, type Utf16} from './decode/utf16';
/** What bytes are when they are no mail or text (mostly binary data, a format told by its signature), and gzip data of the deflate method: the CLI and the popup refuse or inflate them alike. */
export {binaryKind, binaryTest, isGzip, looksBinary, type BinaryKind} from './binary-data';
/** Where one gzip member of several ends (RFC 1952 trailers): the popup reads on past the member its browser's inflater stops at; the CLI checks each member's trailer. */
export {crc32, endsInTrailer, gzipTrailer, GZIP_TRAILER, memberEnd, onlyZeros} from './gzip-members';
export {detectProviders, findProviderRule, receivers} from './receivers';
export {verdict, reportVerdict, outcomeOf, serverCodes, sentenceText, type Verdict, type ReportVerdict, type Outcome, type Sentence, type Wording} from './verdict';
/** What a card says first about one reply: the verdict's words for its reason, and the advice's imperative. */
export {replyVerdict, type ReplyVerdict, type ReplyWording} from './reply-verdict';
export {validAddress} from './address';
/** Links onward from an explained reply (a block list's lookup for its IP, a delisting portal), filled only from parsed IPs and domains. */
export {actionLinks, ACTION_LINK_HOSTS, type ActionLink, type ActionLinkId, type ActionLinkInput} from './action-links';
export {addressesToSuppress, complainant, normalisedAddress, suppressible} from './suppress';
/** Each reason in words, with its advice: what the CLI's human output and summary say for a reason. */
export {REASON_WORDS, type ReasonWords, type Side} from './verdict-words';
/** The tables themselves, for browsing and fuzzy search (the popup). */
export {enhancedCodes, replyCodes, subjects} from './data';
export {REPLY_CLASS} from './reply-classes';
/** Where the tables built from the rules at their first use may be kept between runs (the CLI keeps them in a file beside its script). */
export {keepTablesIn, type TableKeeper} from './kept-tables';
/** DNS checks through a DNS-over-HTTPS resolver (the caller passes fetch): MX, SPF, DMARC, DKIM, reverse DNS, block lists. */
export * from './dns';
export type * from './types';
