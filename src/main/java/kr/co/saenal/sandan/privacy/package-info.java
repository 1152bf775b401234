/**
 * The privacy policy (개인정보처리방침, 개인정보 보호법 §30) in versions with an effective date, and the facts it must
 * state that are kept as settings: the privacy officer (§31) and the processors the company entrusts personal data
 * to (§26).
 */
package kr.co.saenal.sandan.privacy;
