/**
 * Exports of what a search finds, unmasked, as CSV or XLSX: only with a stated reason, and recorded in the access
 * log with every inquiry in the file, in the same transaction.
 */
package kr.co.saenal.sandan.inquiry.export;
