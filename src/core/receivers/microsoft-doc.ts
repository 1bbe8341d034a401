// Microsoft's documentation links and the advice its rule tables share.

export const FIX = (slug: string): string => `https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/${slug}`;
export const SNDS = 'Check the IP in Microsoft SNDS (sendersupport.olc.protection.outlook.com/snds) and join JMRP for complaint reports.';
