package kr.co.saenal.sandan.news.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import kr.co.saenal.sandan.testsupport.StatementTally;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The news table shows a page of 20 out of 10 000 posts without reading the other 9 980 from the database: counted
 * for the request of the page alone ({@link StatementTally}), whatever the server's timers ask meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
class NewsTableScaleIT {

    private static final int POSTS = 10_000;
    private static final String MARK = "bulk-scale-";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Resource(lookup = "java:jboss/datasources/SandanDS")
    DataSource dataSource;

    @Inject
    StaffAccounts accounts;

    @Test
    void onePageOfTwentyIsReadFromTenThousandPosts() throws SQLException {
        insertDrafts();
        try {
            accounts.createOnce("editor-scale", "Editor-Scale-2026", Role.EDITOR);
            Http editor = new Http();
            Staff.logIn(editor, "editor-scale", "Editor-Scale-2026");

            StatementTally tally = StatementTally.ofGet(editor, "/admin/news/");
            Document table = tally.reply().html();

            System.out.println("News table of " + POSTS + " posts: " + tally.statementCount() + " statements, rows "
                    + tally.queries() + ", " + tally.entitiesLoaded() + " entities loaded");
            assertEquals(20, table.select(".post-title").size());
            String report = table.select(".table-report").first().text();
            assertTrue(
                    Long.parseLong(report.substring(0, report.indexOf('개')).replaceAll("[^0-9]", "")) >= POSTS, report);
            long rowsRead = 0;
            for (StatementTally.QueryRun query : tally.queries()) {
                rowsRead += query.rows();
                assertTrue(query.rows() <= 20, () -> query.query() + " read " + query.rows() + " rows");
            }
            long read = rowsRead;
            assertTrue(read <= 60, () -> "rows read for one page: " + read);
            assertTrue(tally.statementCount() <= 10, () -> "statements for one page: " + tally);
            assertTrue(tally.entitiesLoaded() <= 5, () -> "entities loaded: " + tally.entitiesLoaded());
        } finally {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete =
                            connection.prepareStatement("delete from news_post where title like ?")) {
                delete.setString(1, MARK + "%");
                delete.executeUpdate();
            }
        }
    }

    /** Plain JDBC batches: fast, and outside the revision history, which is not what this test is about. */
    private void insertDrafts() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into news_post (title, slug, summary, body, "
                                + "category_id, status, author_name, created_at, updated_at, version) values "
                                + "(?, ?, '요약', '<p>본문</p>', (select min(id) from category), 'DRAFT', '편집팀', ?, ?, 0)")) {
            OffsetDateTime start = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            for (int i = 0; i < POSTS; i++) {
                insert.setString(1, MARK + i);
                insert.setString(2, MARK + i);
                insert.setObject(3, start.plusMinutes(i));
                insert.setObject(4, start.plusMinutes(i));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
        }
    }
}
