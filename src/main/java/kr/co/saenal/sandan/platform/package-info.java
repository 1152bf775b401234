/**
 * What every feature uses and no feature owns: field errors and refusals ({@code Refusal}, answered by the API
 * without knowing the feature), texts in Korean and English ({@code Texts}), Korean time and phone numbers, paging,
 * query conditions, the announcement that public content changed. It imports nothing from a feature.
 */
package kr.co.saenal.sandan.platform;
