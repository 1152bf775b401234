/**
 * Long work started from the back office (imports): run beside the request on the server's managed executor, its
 * progress and outcome kept in the database so that every server of a cluster can show its page.
 */
package kr.co.saenal.sandan.platform.task;
