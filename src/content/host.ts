// Our UI's host elements: `data-bounce-decoder="card" | "banner"`, each with an open shadow root and
// its own stylesheet (set through textContent), so the webmail's CSS and ours never meet.

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
