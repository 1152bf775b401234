/**
 * The {@code site_setting} rows: one table of keys and values that the site's settings and other parts' groups of
 * settings are stored in.
 */
package kr.co.saenal.sandan.platform.settings;
