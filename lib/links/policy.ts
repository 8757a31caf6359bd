import type { LinkVerdict } from '@/lib/db/records';
import type { ObservationKey } from './observation';

/** Observation → verdict. Kept in config so a province can restore the monitoring vendor's behaviour (§7.1). */
export type VerdictPolicy = Record<ObservationKey, LinkVerdict>;

/** This product's policy, indicators §7.1: only failures no visitor could get past are `dead`. */
export const PRODUCT_POLICY: VerdictPolicy = {
  ok: 'ok',
  'http-404': 'dead',
  'http-410': 'dead',
  dns: 'dead',
  refused: 'dead',
  'blocked-port': 'dead',
  'redirect-loop': 'dead',
  'bad-scheme': 'dead',
  'invalid-url': 'dead',
  'http-401': 'suspect',
  'http-403': 'suspect',
  'http-412': 'suspect',
  'http-429': 'suspect',
  'http-999': 'suspect',
  'http-5xx': 'suspect',
  'http-other': 'suspect',
  timeout: 'suspect',
  reset: 'suspect',
  network: 'suspect',
  'soft-404': 'suspect',
  'redirect-home': 'suspect',
  'host-paused': 'skipped',
};

/** The national monitoring vendor's practice (§7.1, S8): 404 and 403 confirmed, everything else suspected. */
export const VENDOR_POLICY: VerdictPolicy = {
  ...PRODUCT_POLICY,
  'http-403': 'dead',
  'http-410': 'suspect',
  dns: 'suspect',
  refused: 'suspect',
  'blocked-port': 'suspect',
  'redirect-loop': 'suspect',
  'bad-scheme': 'suspect',
};

export const POLICIES = { product: PRODUCT_POLICY, vendor: VENDOR_POLICY } as const;
export type PolicyName = keyof typeof POLICIES;
