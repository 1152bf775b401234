package kr.co.saenal.sandan.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR the build produced, so that tests exercise exactly what is deployed. */
public final class Deployments {

    private static final String PERSISTENCE_XML = "WEB-INF/classes/META-INF/persistence.xml";

    private Deployments() {}

    /** The WAR as built, with relaxed abuse limits ({@link RelaxedInquiryGuard}); for tests that talk to it over HTTP only. */
    public static WebArchive war() {
        File war = new File(System.getProperty("sandan.war", "target/sandan.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "sandan.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addClass(RelaxedInquiryGuard.class);
    }

    /**
     * The WAR plus what in-container tests need to call the site over HTTP, read its HTML and count what a request
     * asks of the database ({@link StatementTally}: its parts join Hibernate through the persistence unit's settings).
     */
    public static WebArchive warWithTestSupport() {
        WebArchive war = war().addClasses(
                        Http.class,
                        Http.Reply.class,
                        Forms.class,
                        Staff.class,
                        StaffAccounts.class,
                        Requests.class,
                        Deployments.class,
                        BackOffice.class,
                        StatementTally.class,
                        StatementTally.QueryRun.class,
                        TallyingInspector.class,
                        TallyingStatistics.class,
                        TallyingStatistics.Factory.class,
                        TallyingRequests.class,
                        Backdating.class,
                        PolicyDates.class,
                        RawRequest.class,
                        RawRequest.Reply.class)
                .addPackages(true, "org.jsoup");
        return withPersistenceSettings(
                war,
                Map.of(
                        "hibernate.session_factory.statement_inspector", TallyingInspector.class.getName(),
                        "hibernate.stats.factory", TallyingStatistics.Factory.class.getName()));
    }

    /** The WAR's persistence.xml with {@code settings} added to the unit's properties. */
    private static WebArchive withPersistenceSettings(WebArchive war, Map<String, String> settings) {
        Node descriptor = war.get(PERSISTENCE_XML);
        if (descriptor == null) {
            throw new IllegalStateException(PERSISTENCE_XML + " is missing from the WAR");
        }
        String xml;
        try (InputStream in = descriptor.getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!xml.contains("<properties>")) {
            throw new IllegalStateException(PERSISTENCE_XML + " has no <properties> to add test settings to");
        }
        StringBuilder added = new StringBuilder("<properties>");
        settings.forEach((name, value) -> added.append("\n      <property name=\"")
                .append(name)
                .append("\" value=\"")
                .append(value)
                .append("\"/>"));
        war.delete(PERSISTENCE_XML);
        return war.add(new StringAsset(xml.replace("<properties>", added)), PERSISTENCE_XML);
    }
}
