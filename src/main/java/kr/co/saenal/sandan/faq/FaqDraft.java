package kr.co.saenal.sandan.faq;

import java.io.Serializable;

/** What an editor fills in for a question. The answer is sanitized and checked by {@link FaqDesk}. */
public class FaqDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long topicId;
    private String question;
    private String answer;
    private boolean published = true;

    public Long getTopicId() {
        return topicId;
    }

    public void setTopicId(Long topicId) {
        this.topicId = topicId;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
