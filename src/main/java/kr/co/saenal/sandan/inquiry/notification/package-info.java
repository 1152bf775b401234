/**
 * The mail outbox: the acknowledgement and the staff notice are stored with the inquiry, then claimed and sent
 * by a timer on any node, with doubling waits after failures; staff see each mail's state.
 */
package kr.co.saenal.sandan.inquiry.notification;
