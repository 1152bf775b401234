/**
 * Alerts to staff phones about new requests, besides the staff mail: a signed JSON webhook (Slack, Teams, a CRM
 * bridge) and SMS or 카카오 알림톡 through Solapi's REST API. They are owed in the request's transaction as outbox
 * messages and carried by their couriers, so they are retried like mails and sent once by one server.
 */
package kr.co.saenal.sandan.inquiry.alert;
