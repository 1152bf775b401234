/**
 * What every page shares: security headers, CSP nonces, languages, the page cache for anonymous readers,
 * conditional GETs, versioned static resources, stateless reading views, trusted proxies, error pages.
 */
package kr.co.saenal.sandan.platform.web;
