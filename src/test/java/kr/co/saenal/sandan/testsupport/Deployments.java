package kr.co.saenal.sandan.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR the build produced, so that tests exercise exactly what is deployed. */
public final class Deployments {

    private static final String PERSISTENCE_XML = "WEB-INF/classes/META-INF/persistence.xml";

    private Deployments() {}

    /**
     * The WAR as built plus everything the tests bring: the test classes and resources (so that any test class can
     * run inside the server, and beans such as {@link RelaxedInquiryGuard} relax the abuse limits), jsoup, and
     * {@link StatementTally}'s parts joined to Hibernate through the persistence unit's settings. Every integration
     * test deploys this same archive, which lets a suite deploy it once ({@code testsupport.reuse.DeploymentReuse});
     * a test that adds to it gets a deployment of its own.
     */
    public static WebArchive war() {
        File built = new File(System.getProperty("sandan.war", "target/sandan.war"));
        if (!built.isFile()) {
            throw new IllegalStateException(built + " is missing: run the tests with 'mvn verify'");
        }
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "sandan.war")
                .importFrom(built)
                .as(WebArchive.class)
                .addPackages(true, "org.jsoup");
        addTestTree(war);
        return withPersistenceSettings(
                war,
                Map.of(
                        "hibernate.session_factory.statement_inspector", TallyingInspector.class.getName(),
                        "hibernate.stats.factory", TallyingStatistics.Factory.class.getName()));
    }

    /** The compiled test tree under WEB-INF/classes, but not its Arquillian and ArchUnit set-up (META-INF, *.xml). */
    private static void addTestTree(WebArchive war) {
        Path tree = testTree();
        try (Stream<Path> files = Files.walk(tree)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                String name = tree.relativize(file).toString().replace(File.separatorChar, '/');
                if (!name.startsWith("META-INF/") && name.contains("/")) {
                    war.add(new FileAsset(file.toFile()), "WEB-INF/classes/" + name);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testTree() {
        try {
            return Path.of(Deployments.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
