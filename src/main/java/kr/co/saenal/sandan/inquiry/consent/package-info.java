/**
 * The consent notice (개인정보 수집·이용 안내) in versions that are never edited: the forms show the current one,
 * and each consent record keeps the one its requester saw.
 */
package kr.co.saenal.sandan.inquiry.consent;
