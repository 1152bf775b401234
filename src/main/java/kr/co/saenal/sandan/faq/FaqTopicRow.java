package kr.co.saenal.sandan.faq;

/** A topic as the back office lists it, with how many questions it holds (published or not). */
public record FaqTopicRow(long id, String slug, String name, String consultTopic, long questions) {}
