/**
 * Nothing waits unseen: every new request gets a first-response target counted in working hours
 * ({@code WorkingHours}: weekdays between the opening and closing time, public holidays from the table
 * administrators keep), and optionally an assignee in turn. A request still 접수 past its target is flagged in the
 * lists and on the dashboard and sets off one reminder mail through the outbox (claimed by a conditional update, so
 * once per cluster), and a morning digest lists what is still overdue (a job lease, once per cluster).
 */
package kr.co.saenal.sandan.inquiry.response;
