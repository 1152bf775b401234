/**
 * Defences shared by the public forms and the API: token-bucket rate limits per client, and signed stamps of
 * when a form was served (a bot's too-fast submission is recognised).
 */
package kr.co.saenal.sandan.platform.guard;
