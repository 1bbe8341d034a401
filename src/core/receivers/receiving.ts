// Which receiving provider a server or a reply is, from the registry alone: one detection for the
// decoder (each recipient's `provider`, decode/provider.ts) and the explanation of a whole bounce
// (bounce-provider.ts), so the two cannot disagree. A host is named by the receivers' signatures
// (`hotmail-com.olc.protection.outlook.com` → Outlook.com, `*.mail.protection.outlook.com` →
// Microsoft 365, `mx1.secureserver.net` → GoDaddy), else by the provider domain it lies under
// (domains.ts); a reply's words by the signatures and tags they hold.
import type {ProviderId} from './ids';
import type {Receiver} from '../types';
import {detectProviders} from './index';
import {hostDomainProvider} from './domains';

export {domainProvider} from './domains';

/** The receiver a host name belongs to, or undefined. `detected`: what detectProviders gives `host`, when the caller has it. */
export function hostProvider(host: string, detected?: readonly Receiver[]): ProviderId | undefined {
	if (!host) return undefined;
	return (detected ?? detectProviders(host))[0]?.id ?? hostDomainProvider(host);
}

/**
 * The receiver a reply's words name, or undefined: the first they name, a provider before a block
 * list (GoDaddy's "… poor reputation on Cloudmark Sender Intelligence (CSI). IB103" is GoDaddy's).
 * `detected`: what detectProviders gives `text`, when the caller has it.
 */
export function wordsProvider(text: string, detected?: readonly Receiver[]): ProviderId | undefined {
	if (!text) return undefined;
	const found = detected ?? detectProviders(text);
	return (found.find(r => r.kind !== 'list') ?? found[0])?.id;
}
