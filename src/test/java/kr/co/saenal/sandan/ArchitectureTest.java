package kr.co.saenal.sandan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Optional;
import java.util.Set;

/**
 * The package rules of docs/architecture.md, checked on every build. Sandan is packaged by feature ({@code news},
 * {@code inquiry}, {@code media}…), then by layer inside a feature ({@code web}, {@code api}, {@code admin});
 * {@code platform} serves every feature and knows none of them.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    static final String ROOT = "kr.co.saenal.sandan";

    /**
     * The application's classes, not the tests': ArchUnit's own {@code DoNotIncludeTests} knows only the standard
     * {@code target/test-classes}, and CI builds the PostgreSQL suite in a directory of its own.
     */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }

    /** Layers of a feature that belong to it alone: its back office and its API. */
    private static final Set<String> PRIVATE_LAYERS = Set.of("admin", "api");

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage(ROOT + ".platform..")
            .should()
            .dependOnClassesThat(new DescribedPredicate<JavaClass>("a feature's class") {
                @Override
                public boolean test(JavaClass target) {
                    return feature(target).filter(f -> !f.equals("platform")).isPresent();
                }
            })
            .because("platform serves every feature and must not know any of them");

    @ArchTest
    static final ArchRule featuresMeetThroughTheirServices = classes()
            .that()
            .resideInAPackage(ROOT + "..")
            .should(new ArchCondition<JavaClass>("reach other features only through their services and read models") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        Optional<String> from = feature(origin);
                        Optional<String> to = feature(target);
                        if (from.isEmpty()
                                || to.isEmpty()
                                || from.equals(to)
                                || to.get().equals("platform")) {
                            continue;
                        }
                        if (readOnlyAssociation(origin, dependency)) {
                            continue;
                        }
                        String refusal = refusal(origin, target);
                        if (refusal != null) {
                            events.add(SimpleConditionEvent.violated(
                                    dependency, dependency.getDescription() + ": " + refusal));
                        }
                    }
                }
            })
            .because("a feature's entities, repositories, back office and API are its own; "
                    + "other features use its services and read models");

    @ArchTest
    static final ArchRule entitiesKnowNoWebClass = noClasses()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..web..",
                    "..api..",
                    "..admin..",
                    "jakarta.faces..",
                    "jakarta.servlet..",
                    "jakarta.ws.rs..",
                    "org.primefaces..",
                    "org.omnifaces..")
            .because("the domain model does not know how it is shown or asked for");

    @ArchTest
    static final ArchRule queriesLiveInRepositories = noClasses()
            .that()
            .resideInAPackage(ROOT + "..")
            .and()
            .haveSimpleNameNotEndingWith("Repository")
            .and()
            .resideOutsideOfPackages(ROOT + ".platform..", ROOT + ".news.search..")
            .should()
            .callMethodWhere(new DescribedPredicate<JavaMethodCall>("a query is made with the EntityManager") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo(EntityManager.class)
                            && call.getName().startsWith("create")
                            && call.getName().contains("Query");
                }
            })
            .because("services hold the rules and repositories the queries");

    @ArchTest
    static final ArchRule pagesAndApiTalkToServices = noClasses()
            .that()
            .resideInAnyPackage(ROOT + "..web..", ROOT + "..admin..", ROOT + "..api..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .orShould()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage(ROOT + "..")
                    .and(JavaClass.Predicates.simpleNameEndingWith("Repository")))
            .because("backing beans and resources hold no persistence logic (our repositories; Undertow's"
                    + " ContentEncodingRepository, in platform.web.TextCompression, is none)");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

    /** The feature a class belongs to: the first package below the root ({@code news}, {@code platform}…). */
    static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /**
     * Whether the dependency is an entity's field mapping a foreign key of the schema to another feature's entity
     * without ever writing through it ({@code insertable = false, updatable = false}): it lets one query read, say,
     * a post's cover picture with the post; the id itself is a plain column the entity owns.
     */
    private static boolean readOnlyAssociation(JavaClass origin, Dependency dependency) {
        if (!origin.isAnnotatedWith(Entity.class)
                || !dependency.getTargetClass().isAnnotatedWith(Entity.class)) {
            return false;
        }
        return origin.getFields().stream()
                .filter(field -> dependency.getDescription().startsWith("Field <" + field.getFullName() + ">"))
                .filter(field -> field.isAnnotatedWith(ManyToOne.class) && field.isAnnotatedWith(JoinColumn.class))
                .map(field -> field.getAnnotationOfType(JoinColumn.class))
                .anyMatch(column -> !column.insertable() && !column.updatable());
    }

    /** Why {@code origin} may not use {@code target} of another feature, or {@code null} when it may. */
    private static String refusal(JavaClass origin, JavaClass target) {
        if (target.isAnnotatedWith(Entity.class) || target.isAnnotatedWith(Embeddable.class)) {
            return "another feature's entity";
        }
        if (target.getSimpleName().endsWith("Repository")) {
            return "another feature's repository";
        }
        String layer = layer(target);
        if (PRIVATE_LAYERS.contains(layer)) {
            return "another feature's " + layer + " layer";
        }
        if (layer.equals("web") && !layer(origin).equals("web")) {
            return "another feature's page beans, used outside the web layer";
        }
        return null;
    }

    /** The layer inside a feature: {@code web}, {@code api}, {@code admin}, or "" for the feature's core. */
    private static String layer(JavaClass type) {
        String[] parts = type.getPackageName().substring(ROOT.length() + 1).split("\\.");
        return parts.length > 1 ? parts[1] : "";
    }
}
