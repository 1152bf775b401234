/**
 * Limits against automated or abusive requests: a rate limit per client, a honeypot and a signed minimum fill
 * time on the forms, a limit on links; the limits are settings administrators change.
 */
package kr.co.saenal.sandan.inquiry.guard;
