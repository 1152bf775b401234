package kr.co.saenal.sandan.platform.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.inquiry.notification.MailSettings;
import kr.co.saenal.sandan.inquiry.retention.RetentionSettings;
import kr.co.saenal.sandan.media.ByteSizes;
import kr.co.saenal.sandan.media.ImageLimits;
import kr.co.saenal.sandan.news.AttachmentLimits;
import kr.co.saenal.sandan.news.importing.ImportSettings;
import kr.co.saenal.sandan.platform.web.AddressRanges;
import kr.co.saenal.sandan.platform.web.TrustedProxySettings;
import kr.co.saenal.sandan.site.SiteAddress;
import kr.co.saenal.sandan.site.SiteUrlSettings;
import kr.co.saenal.sandan.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.Operation;
import org.jboss.as.controller.client.OperationBuilder;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wrong settings stop a deployment with one message naming each of them. Sandan itself is deployed on the test
 * server already (and must stay alone with its database and search index), so the check runs in a small WAR of its
 * own: the settings classes, the startup check, and settings in {@code META-INF/microprofile-config.properties}
 * (with an ordinal above the test server's environment variables), deployed through the management API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettingsCheckIT {

    private static final String NAME = "settings-check.war";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    ManagementClient management;

    @Test
    void wrongSettingsStopTheDeploymentWithOneMessageNamingEachAndRightOnesDeploy() throws IOException {
        ModelNode refused = deploy(settingsCheck(Map.of(
                "sandan.retention.years", "abc",
                "sandan.trusted-proxies", "10.0.0.5, proxy.example.kr",
                "sandan.site-url", "http://www.sandan.test")));
        try {
            assertFalse(Operations.isSuccessfulOutcome(refused), "deployed with wrong settings");
            String failure = Operations.getFailureDescription(refused).asString();
            assertTrue(failure.contains(SettingsCheck.HEADING), failure);
            assertTrue(
                    failure.contains("SANDAN_RETENTION_YEARS=abc: expected a whole number of years (1 to 10)"),
                    failure);
            assertTrue(failure.contains("SANDAN_TRUSTED_PROXIES=10.0.0.5, proxy.example.kr: expected"), failure);
            assertTrue(
                    failure.contains("SANDAN_SITE_URL=http://www.sandan.test: expected an https address in production"),
                    failure);
        } finally {
            undeploy();
        }

        ModelNode accepted = deploy(settingsCheck(Map.of(
                "sandan.retention.years", "5",
                "sandan.trusted-proxies", "10.0.0.5, 10.1.0.0/16",
                "sandan.site-url", "https://www.sandan.test")));
        try {
            assertTrue(Operations.isSuccessfulOutcome(accepted), accepted.toString());
        } finally {
            undeploy();
        }
    }

    @Test
    void aSystemPropertySetThroughTheManagementApiIsASetting() throws IOException {
        ModelNode property = Operations.createAddress("system-property", "sandan.mail.max-attempts");
        ModelNode add = Operations.createAddOperation(property);
        add.get("value").set("many");
        execute(add);
        try {
            ModelNode refused = deploy(settingsCheck(Map.of()));
            try {
                String failure = Operations.getFailureDescription(refused).asString();
                assertTrue(
                        failure.contains("SANDAN_MAIL_MAX_ATTEMPTS=many: expected a number of attempts (1 to 1000)"),
                        failure);
            } finally {
                undeploy();
            }
        } finally {
            execute(Operations.createRemoveOperation(property));
        }
    }

    @Test
    void aCliConfigSourceIsASetting() throws IOException {
        ModelNode source = Operations.createAddress(
                "subsystem", "microprofile-config-smallrye", "config-source", "settings-check");
        ModelNode add = Operations.createAddOperation(source);
        add.get("properties").get("sandan.mode").set("development");
        execute(add);
        try {
            // production would refuse the http address; the CLI source makes this deployment a development one
            ModelNode accepted = deploy(settingsCheck(Map.of("sandan.site-url", "http://localhost:8080")));
            try {
                assertTrue(Operations.isSuccessfulOutcome(accepted), accepted.toString());
            } finally {
                undeploy();
            }
        } finally {
            execute(Operations.createRemoveOperation(source));
        }
    }

    /**
     * The startup check and the settings classes that need nothing else of Sandan (not {@code WorkbookLimits}, which
     * needs POI, nor {@code AdministratorSettings}, which needs the staff entity), with the given settings above
     * every other source.
     */
    private static WebArchive settingsCheck(Map<String, String> settings) {
        String properties = "config_ordinal=500\n"
                + settings.entrySet().stream()
                        .map(setting -> setting.getKey() + "=" + setting.getValue())
                        .collect(Collectors.joining("\n"));
        return ShrinkWrap.create(WebArchive.class, NAME)
                .addClasses(SettingsReader.class, RunMode.class, ValidatedSettings.class, SettingsCheck.class)
                .addClasses(PlatformSettings.class, TrustedProxySettings.class, AddressRanges.class)
                .addClasses(SiteUrlSettings.class, SiteAddress.class, RetentionSettings.class, MailSettings.class)
                .addClasses(ImageLimits.class, AttachmentLimits.class, ImportSettings.class, ByteSizes.class)
                .addAsServiceProvider(jakarta.enterprise.inject.spi.Extension.class, SettingsCheck.class)
                .addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(
                        new StringAsset("<jboss-web><context-root>/settings-check</context-root></jboss-web>"),
                        "jboss-web.xml");
    }

    private ModelNode deploy(WebArchive war) throws IOException {
        ModelNode add = Operations.createAddOperation(Operations.createAddress("deployment", NAME));
        add.get("enabled").set(true);
        add.get("content").add().get("input-stream-index").set(0);
        Operation operation = OperationBuilder.create(add)
                .addInputStream(war.as(ZipExporter.class).exportAsInputStream())
                .build();
        return client().execute(operation);
    }

    private void undeploy() throws IOException {
        ModelNode address = Operations.createAddress("deployment", NAME);
        ModelNode exists = client().execute(Operations.createReadResourceOperation(address));
        if (Operations.isSuccessfulOutcome(exists)) {
            execute(Operations.createRemoveOperation(address));
        }
    }

    private void execute(ModelNode operation) throws IOException {
        ModelNode result = client().execute(operation);
        assertTrue(Operations.isSuccessfulOutcome(result), operation + " → " + result);
    }

    private ModelControllerClient client() {
        return management.getControllerClient();
    }
}
