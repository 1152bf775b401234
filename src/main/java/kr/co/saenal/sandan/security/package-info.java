/**
 * Staff accounts and roles, passwords (PBKDF2, KISA rules, lockout, temporary passwords), the authentication
 * mechanism (login page or HTTP Basic), and the access log of personal data (접속기록).
 */
package kr.co.saenal.sandan.security;
