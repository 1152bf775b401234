/**
 * The FAQ (자주 묻는 질문): questions and answers grouped by topic, topics and questions in the editors' order,
 * published or kept as drafts. Answers are HTML made safe as post bodies are ({@code news.ArticleHtml}). A topic may
 * name the consultation form's 분야 it answers ({@code inquiry.InquiryTopic}, by name), so the consultation page
 * can point to it. The public page ({@code web}) carries {@code FAQPage} structured data; the back office
 * ({@code admin}) keeps the list; the demo ({@code demo}) fills an empty FAQ once.
 */
package kr.co.saenal.sandan.faq;
