package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import kr.co.saenal.sandan.news.importing.OldSiteExport;
import kr.co.saenal.sandan.testsupport.Axe;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * An import that takes longer than a second, in a real browser: the editor lands on the task's page, sees the step,
 * the bar and the count move as the old site's pictures arrive (the test server holds them until told), and is taken
 * to the report without doing anything. The page passes the accessibility audit while it runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportProgressBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theEditorWatchesTheImportAndIsTakenToItsReport(@TempDir Path folder) throws IOException {
        String run = "b" + UUID.randomUUID().toString().substring(0, 6);
        String held = base.toString().replaceAll("/$", "") + "/test-old-site/held/" + run;
        Path file = folder.resolve("예전사이트.xml");
        Files.writeString(
                file,
                OldSiteExport.wxr(OldSiteExport.posts(run, 4, held, "http://127.0.0.1:1/x.jpg", 0)),
                StandardCharsets.UTF_8);

        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.open("/admin/news/import");
            browser.type("input[name='login:username']", Staff.ADMIN);
            browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
            browser.click("[id='login:submit']");
            browser.waitFor("[id='upload:file']");
            browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
            browser.click("[id='upload:send']");
            browser.waitFor("[id='preview:run']");
            browser.click("[id='preview:run']");

            browser.waitFor(".task-step");
            assertTrue(
                    browser.driver().getCurrentUrl().contains("/admin/task?id="),
                    browser.driver().getCurrentUrl());
            assertEquals("글 가져오기 · 예전사이트.xml", browser.find("h1").getText());
            browser.patientlyUntil(d -> browser.find(".task-step").getText().equals("사진을 가져오는 중"));
            assertEquals("4", browser.find(".task-count .total").getText());
            browser.screenshot("import-progress-01-running");
            List<Axe.Violation> blocking =
                    Axe.audit(browser).stream().filter(Axe.Violation::blocking).toList();
            assertTrue(blocking.isEmpty(), blocking::toString);

            assertEquals(204, new Http().get("/test-old-site/release/" + run).status());
            browser.waitFor("[id='report']");
            assertTrue(browser.driver().getCurrentUrl().contains("/admin/news/import?report="));
            assertEquals(
                    "4", browser.find("#report [data-count=posts] .count-value").getText());
            browser.screenshot("import-progress-02-report");
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
    }
}
