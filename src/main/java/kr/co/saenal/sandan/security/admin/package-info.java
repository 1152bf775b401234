/**
 * Account administration for administrators (users, roles, temporary passwords, unlock), the access-log page, and
 * each member of staff's own account page.
 */
package kr.co.saenal.sandan.security.admin;
