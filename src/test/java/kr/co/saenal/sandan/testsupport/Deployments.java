package kr.co.saenal.sandan.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR the build produced, so that tests exercise exactly what is deployed. */
public final class Deployments {

    private Deployments() {
    }

    /** The WAR as built, with relaxed abuse limits ({@link RelaxedInquiryGuard}); for tests that talk to it over HTTP only. */
    public static WebArchive war() {
        File war = new File(System.getProperty("sandan.war", "target/sandan.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "sandan.war").importFrom(war).as(WebArchive.class)
                .addClass(RelaxedInquiryGuard.class);
    }

    /** The WAR plus what in-container tests need to call the site over HTTP and read its HTML. */
    public static WebArchive warWithTestSupport() {
        return war().addClasses(Http.class, Http.Reply.class, Forms.class, Staff.class, StaffAccounts.class,
                Requests.class, Deployments.class, BackOffice.class, StatementCount.class, Backdating.class,
                RawRequest.class, RawRequest.Reply.class)
                .addPackages(true, "org.jsoup");
    }
}
