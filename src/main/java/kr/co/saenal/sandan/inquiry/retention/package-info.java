/**
 * Retention of personal data: finished requests are destroyed once the period the consent notice names has
 * passed, by a nightly job that runs on one node of a cluster (a lease), each destruction in the access log.
 */
package kr.co.saenal.sandan.inquiry.retention;
