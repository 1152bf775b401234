/**
 * Free one-to-one expert consultation requests (1:1 전문가 무료상담신청): the {@code Inquiry} with its consent
 * record, one set of rules for the forms and the API ({@code InquiryService}, taken exactly once by
 * {@code InquiryReception}), the consultants' desk with its access records, and destruction of personal data
 * (파기). What other parts keep about an inquiry follows the CDI events {@code InquiryReceived} and
 * {@code InquiryDestroyed}, in the same transaction.
 */
package kr.co.saenal.sandan.inquiry;
