package kr.co.saenal.sandan.testsupport;

import java.util.Arrays;
import java.util.Map;
import kr.co.saenal.sandan.security.Role;
import org.jsoup.nodes.Document;

/** A member of staff filling in back-office forms: open the page, type, press the form's button. */
public final class BackOffice {

    private BackOffice() {}

    /** Opens {@code path}, fills in {@code typed} and submits form {@code formId}; returns the answer to the POST. */
    public static Http.Reply submit(Http browser, String path, String formId, Map<String, String> typed) {
        Http.Reply opened = browser.get(path);
        if (opened.status() != 200) {
            throw new AssertionError("Could not open " + path + ": " + opened.status());
        }
        return submit(browser, opened.html(), formId, typed);
    }

    public static Http.Reply submit(Http browser, Document page, String formId, Map<String, String> typed) {
        return browser.postForm(Forms.action(page, formId), Forms.submission(page, formId, typed));
    }

    /** Like {@link #submit(Http, String, String, Map)}, with exactly these role boxes ticked. */
    public static Http.Reply submitWithRoles(
            Http browser, String path, String formId, Map<String, String> typed, Role... roles) {
        Document page = browser.get(path).html();
        Map<String, String> fields = Forms.submission(page, formId, typed);
        for (Role role : Role.values()) {
            fields.remove(formId + ":" + roleBox(role));
        }
        Arrays.stream(roles).forEach(role -> fields.put(formId + ":" + roleBox(role), "on"));
        return browser.postForm(Forms.action(page, formId), fields);
    }

    private static String roleBox(Role role) {
        return switch (role) {
            case ADMIN -> "roleAdmin";
            case EDITOR -> "roleEditor";
            case CONSULTANT -> "roleConsultant";
        };
    }

    /** What the page says about the last action: the messages at the top and next to fields. */
    public static String messages(Http.Reply reply) {
        Document page = reply.html();
        return page.select(".admin-messages li, .field-error").eachText().toString();
    }
}
