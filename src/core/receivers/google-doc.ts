// Google's documentation link and the advice Gmail's rule tables share.

export const CODES = 'https://support.google.com/a/answer/3726730';
export const POSTMASTER = 'Check the domain and IP reputation in Google Postmaster Tools (postmaster.google.com).';
export const GUIDELINES = "Follow Google's Email sender guidelines (support.google.com/mail/answer/81126).";
