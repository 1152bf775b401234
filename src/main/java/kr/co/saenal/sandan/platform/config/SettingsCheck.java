package kr.co.saenal.sandan.platform.config;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Checks every setting when the application is deployed, before any startup bean, timer or request runs: CDI
 * validates the deployment before WildFly starts its components. Every {@link ValidatedSettings} bean is created
 * and asked for its problems; if there are any, the deployment fails with one message listing each wrong setting
 * on a line of its own (in the server log and in the failure description of the deploy operation).
 */
public class SettingsCheck implements Extension {

    static final String HEADING = "Sandan's settings are wrong, so it was not started:";

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    void checkSettings(@Observes AfterDeploymentValidation validation, BeanManager beans) {
        Set<String> problems = new TreeSet<>();
        List<Bean<?>> settings = beans.getBeans(ValidatedSettings.class, Any.Literal.INSTANCE).stream()
                .sorted(Comparator.comparing(bean -> bean.getBeanClass().getName()))
                .toList();
        for (Bean<?> bean : settings) {
            ValidatedSettings read = (ValidatedSettings)
                    beans.getReference(bean, ValidatedSettings.class, beans.createCreationalContext(bean));
            problems.addAll(read.problems());
        }
        if (!problems.isEmpty()) {
            validation.addDeploymentProblem(new DeploymentException(message(problems)));
        } else {
            LOG.fine(() -> "Settings checked: " + settings.size() + " settings classes");
        }
    }

    static String message(Set<String> problems) {
        return HEADING + "\n" + String.join("\n", problems);
    }
}
