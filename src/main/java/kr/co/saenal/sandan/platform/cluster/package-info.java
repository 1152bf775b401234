/**
 * Jobs that must run once per cluster, not once per server: the node that moves a job's lease forward runs it.
 */
package kr.co.saenal.sandan.platform.cluster;
