// The public API of the core. Pure: runs in Node, the service worker, the content script and the popup.
export {explain, isInvalid, type ExplainContext, type InvalidCode} from './explain';
export {explainText, explainReplies, type ExplainedReply, type ReplyInput, type RepliesContext} from './explain-text';
export {bounceProvider} from './bounce-provider';
export {parseCode, type ParsedCode, type ParseResult} from './parse-code';
export {search, type SearchHit} from './search';
export {findCodes, findMatches} from './find-codes';
export {decodeBounce} from './decode';
export {detectProviders, findProviderRule, receivers} from './receivers';
export {verdict, reportVerdict, outcomeOf, serverCodes, type Verdict, type ReportVerdict, type Outcome} from './verdict';
export {validAddress} from './address';
export type * from './types';
