package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** An editor, in a real browser: logs in, writes a post with a cover photo, publishes it and finds it on the site. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsroomJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    /** A photo-like picture made for the test, as an editor's camera would have produced it. */
    private static Path photo() {
        try {
            BufferedImage image = new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setPaint(new GradientPaint(0, 0, new Color(18, 48, 90), 1200, 675, new Color(240, 138, 36)));
            g.fillRect(0, 0, 1200, 675);
            g.dispose();
            Path file = Files.createTempFile("관제센터", ".jpg");
            ImageIO.write(image, "jpg", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anEditorPublishesAPostThatReadersThenSee() {
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.open("/admin/news/");
            browser.type("input[name='login:username']", Staff.ADMIN);
            browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
            browser.click("[id='login:submit']");
            browser.waitFor(".news-table");
            browser.screenshot("newsroom-01-table");

            browser.click("a[href$='/admin/news/edit']");
            browser.type("[id='post:title']", "브라우저로 쓴 스마트산단 소식");
            browser.type("[id='post:summary']", "편집자가 브라우저에서 쓰고 바로 게시한 글입니다.");
            browser.click(".ql-editor");
            browser.driver()
                    .findElement(By.cssSelector(".ql-editor"))
                    .sendKeys("스마트산단 통합관제센터가 문을 열었습니다. 입주기업 설명회는 다음 달에 열립니다.");
            new Select(browser.find("[id='post:categoryId']")).selectByIndex(1);
            browser.driver().findElement(By.id("post:coverFile")).sendKeys(photo().toString());
            browser.type("[id='post:coverAlt']", "관제센터 대형 화면 앞의 운영 요원");
            browser.type("[id='post:coverCaption']", "통합관제센터 운영실 (사진: 시험용 그림)");
            browser.click("label[for='post:publication:1']");
            browser.screenshot("newsroom-02-editor");
            browser.click("[id='post:save']");
            browser.waitForText("사이트에 공개되어 있습니다");

            browser.open("/news");
            browser.driver().findElement(By.partialLinkText("브라우저로 쓴 스마트산단 소식")).click();
            browser.waitFor(".article-body");
            assertEquals("브라우저로 쓴 스마트산단 소식", browser.find("h1").getText());
            assertTrue(browser.find(".article-body").getText().contains("입주기업 설명회는 다음 달에 열립니다."));
            assertEquals(
                    "관제센터 대형 화면 앞의 운영 요원", browser.find(".article-cover img").getAttribute("alt"));
            assertEquals(
                    "통합관제센터 운영실 (사진: 시험용 그림)",
                    browser.find(".article-cover figcaption").getText());
            Object loaded = browser.script("var i = document.querySelector('.article-cover img');"
                    + " return i.complete && i.naturalWidth > 0 ? i.currentSrc : null;");
            assertTrue(
                    String.valueOf(loaded).matches(".*/media/\\d+\\?w=(480|960)"),
                    "the uploaded photo is served and shown, in a width from its srcset: " + loaded);
            browser.screenshot("newsroom-03-public-article");
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
    }
}
