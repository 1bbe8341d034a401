// Our UI's host elements: `data-bounce-decoder="card" | "banner"`, each with an open shadow root and
// its own stylesheet (set through textContent), so the webmail's CSS and ours never meet. Each host
// carries the page's scheme where it stands (`data-theme`, src/ui/page-theme.ts), which the
// stylesheet's colours follow.
import {pageThemeAt} from '../ui/page-theme';

export interface Host {
	host: HTMLElement;
	root: ShadowRoot;
	/** The element Preact renders into. */
	mount: HTMLElement;
}

export function createHost(kind: 'card' | 'banner', css: string): Host {
	const host = document.createElement('div');
	host.setAttribute('data-bounce-decoder', kind);
	const root = host.attachShadow({mode: 'open'});
	const style = document.createElement('style');
	style.textContent = css;
	const mount = document.createElement('div');
	root.append(style, mount);
	return {host, root, mount};
}

/** Sets the host's scheme to the page's behind `near` (the marked message body, the banner's anchor). */
export function followPageTheme(host: HTMLElement, near: Element): void {
	const theme = pageThemeAt(near);
	if (host.dataset.theme !== theme) host.dataset.theme = theme;
}
