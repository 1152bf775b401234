/**
 * The inquiry API: {@code POST /api/inquiries} for everybody (strict JSON, Idempotency-Key), {@code GET}/{@code PATCH}
 * for staff with HTTP Basic.
 */
package kr.co.saenal.sandan.inquiry.api;
