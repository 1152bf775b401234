/**
 * The consultants' back office: the masked inquiry table, one inquiry with its workflow (each opening recorded),
 * exports with a stated reason, the consent-notice versions and the limits against abuse.
 */
package kr.co.saenal.sandan.inquiry.admin;
