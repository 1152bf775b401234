package kr.co.saenal.sandan.faq;

import java.util.List;

/** A topic of the FAQ page with its published questions, in order. */
public record FaqSection(String slug, String name, String consultTopic, List<FaqEntry> entries) {}
