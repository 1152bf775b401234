/**
 * The site settings page of the back office, with the other features' setting groups beside it.
 */
package kr.co.saenal.sandan.site.admin;
