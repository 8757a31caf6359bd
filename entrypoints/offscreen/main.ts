import { listenForParseRequests } from '@/lib/scan/offscreen-parse';

// The offscreen document parses fetched column pages with DOMParser, which the service worker lacks.
listenForParseRequests();
