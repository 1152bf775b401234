/** {@code /admin/system/privacy}: the policy's versions, the privacy officer and the processors. */
package kr.co.saenal.sandan.privacy.admin;
