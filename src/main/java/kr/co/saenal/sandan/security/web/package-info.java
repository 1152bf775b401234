/**
 * The login page and logout, refused from other origins.
 */
package kr.co.saenal.sandan.security.web;
