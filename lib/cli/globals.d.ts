// Code inside Playwright evaluate() runs in the browser, where the extension API global is `chrome`.
declare const chrome: typeof import('wxt/browser').browser;
