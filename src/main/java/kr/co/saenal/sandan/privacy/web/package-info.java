/** {@code /privacy} (the policy in force, with links to the earlier ones) and {@code /privacy/versions/{n}}. */
package kr.co.saenal.sandan.privacy.web;
