package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visitor asks about a complex in a real browser: finds it with the site search, opens its page, presses the
 * consultation button, sends the form; a consultant finds the complex in the request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplexConsultationJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aConsultationSentFromAComplexArrivesWithTheComplex() {
        Element found = new Http(base.toString().replaceAll("/$", ""))
                .get("/search?q=남동[재생사업지구]").html().select(".search-complex-list a").stream()
                        .filter(a -> a.selectFirst("strong").text().equals("남동[재생사업지구]"))
                        .findFirst()
                        .orElseThrow();
        String complexPath = found.attr("href");
        long complexId = Long.parseLong(complexPath.split("/")[2]);
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.open("/consult?complex=" + complexId);
            browser.waitFor(".consult-complex");
            assertEquals(
                    "문의 산업단지: 남동[재생사업지구] (인천 남동구)",
                    browser.find(".consult-complex-name").getText());
            browser.type("[id='consult:name']", "단지브라우저");
            browser.type("[id='consult:phone']", "010-7070-1212");
            browser.type("[id='consult:email']", "browser@namdong.example.kr");
            browser.type("[id='consult:message']", "남동 재생사업지구 임대 공장을 찾고 있습니다.");
            browser.click("[id='consult:privacyConsent']");
            browser.screenshot("complex-consult-01-form");
            browser.click("[id='consult:submit']");
            browser.waitForText("접수되었습니다");
            String receipt = browser.text().replaceAll("(?s).*접수번호\\s*(\\d+).*", "$1");

            assertTrue(receipt.matches("\\d+"), receipt);
            browser.open("/admin/inquiries");
            browser.type("input[name='login:username']", Staff.ADMIN);
            browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
            browser.click("[id='login:submit']");
            browser.waitFor(".admin-table");
            browser.open("/admin/inquiry?id=" + receipt);
            browser.waitFor("#detail-complex");
            assertEquals(
                    "남동[재생사업지구] (인천 남동구)", browser.find("#detail-complex a").getText());
            assertTrue(
                    browser.find("#detail-complex a").getAttribute("href").endsWith(complexPath),
                    browser.find("#detail-complex a").getAttribute("href"));
            browser.screenshot("complex-consult-02-consultant");
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
    }
}
