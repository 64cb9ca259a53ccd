package org.vigia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies between Vigia's packages (README, "Layout"): each layer may use the layers below
 * it and none above; no two top-level packages depend on each other in a circle; a clinical feature reaches another
 * feature's data through that feature's services and query classes, never through its entities.
 * <pre>
 * platform, shared                       (bottom: configuration, REST and Faces plumbing, texts, PDF fonts, dates)
 *   audit &lt;- account &lt;- site &lt;- security   (who may do what, and the trail of what they did)
 *     terminology                        (CTCAE v5.0, the lab grader, lab tests)
 *     instrument                         (above terminology: EORTC questionnaire scoring; uses platform, shared only)
 *       study                            (study definitions, visit schedules, randomisation)
 *         subject                        (enrolment, eligibility, baseline, visits, the subject matrix)
 *           lab &lt;- ae &lt;- dosing &lt;- followup; response   (clinical features)
 *           form                         (forms as data: the form library, the engine, form records at visits;
 *                                         reads the subject's AEs through ae's query service for reference items)
 *             dmc; consistency           (the DMC report and the data-consistency report, reading every feature)
 *             worklist                   (what is left undone, for who must do it: reads the features by SQL)
 *               demo                     (the synthetic trial generator, entering data through the services)
 * launcher                               (the run command; uses nothing of the application)
 * </pre>
 */
class ArchitectureTest {

    /**
     * The features whose entities stay their own. The demo generator is not among them: it enters data as a user
     * would, through the services, and holds what they return.
     */
    private static final String[] FEATURES = {"lab", "ae", "dosing", "response", "followup", "form", "dmc",
        "consistency", "worklist"};

    private static JavaClasses all;

    @BeforeAll
    static void importMainClasses() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vigia");
    }

    @Test
    void layersPointDownOnly() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Platform").definedBy("org.vigia.platform..", "org.vigia.shared..")
                .layer("Audit").definedBy("org.vigia.audit..")
                .layer("Account").definedBy("org.vigia.account..")
                .layer("Site").definedBy("org.vigia.site..")
                .layer("Security").definedBy("org.vigia.security..")
                .layer("Terminology").definedBy("org.vigia.terminology..")
                .layer("Instrument").definedBy("org.vigia.instrument..")
                .layer("Study").definedBy("org.vigia.study..")
                .layer("Subject").definedBy("org.vigia.subject..")
                .layer("Lab").definedBy("org.vigia.lab..")
                .layer("Ae").definedBy("org.vigia.ae..")
                .layer("Dosing").definedBy("org.vigia.dosing..")
                .layer("Followup").definedBy("org.vigia.followup..")
                .layer("Response").definedBy("org.vigia.response..")
                .layer("Form").definedBy("org.vigia.form..")
                .layer("Dmc").definedBy("org.vigia.dmc..")
                .layer("Consistency").definedBy("org.vigia.consistency..")
                .layer("Worklist").definedBy("org.vigia.worklist..")
                .layer("Demo").definedBy("org.vigia.demo..")
                .layer("Launcher").definedBy("org.vigia.launcher..")
                .whereLayer("Demo").mayNotBeAccessedByAnyLayer()
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Dmc").mayOnlyBeAccessedByLayers("Demo")
                .whereLayer("Consistency").mayOnlyBeAccessedByLayers("Demo")
                .whereLayer("Worklist").mayOnlyBeAccessedByLayers("Demo")
                .whereLayer("Form").mayOnlyBeAccessedByLayers("Worklist", "Dmc", "Consistency", "Demo")
                .whereLayer("Response").mayOnlyBeAccessedByLayers("Worklist", "Dmc", "Consistency", "Demo")
                .whereLayer("Followup").mayOnlyBeAccessedByLayers("Response", "Worklist", "Dmc", "Consistency", "Demo")
                .whereLayer("Dosing").mayOnlyBeAccessedByLayers("Worklist", "Followup", "Dmc", "Consistency", "Demo")
                .whereLayer("Ae").mayOnlyBeAccessedByLayers("Worklist", "Dosing", "Followup", "Form", "Dmc", "Consistency", "Demo")
                .whereLayer("Lab").mayOnlyBeAccessedByLayers("Worklist", "Ae", "Dosing", "Followup", "Dmc", "Consistency", "Demo")
                .whereLayer("Subject").mayOnlyBeAccessedByLayers(above("Subject"))
                .whereLayer("Study").mayOnlyBeAccessedByLayers(above("Study"))
                .whereLayer("Instrument").mayOnlyBeAccessedByLayers(above("Instrument"))
                .whereLayer("Terminology").mayOnlyBeAccessedByLayers(above("Terminology"))
                .whereLayer("Security").mayOnlyBeAccessedByLayers(above("Security"))
                .whereLayer("Site").mayOnlyBeAccessedByLayers(above("Site"))
                .whereLayer("Account").mayOnlyBeAccessedByLayers(above("Account"))
                .whereLayer("Audit").mayOnlyBeAccessedByLayers(above("Audit"))
                .whereLayer("Platform").mayOnlyBeAccessedByLayers(above("Platform"));
        rule.check(all);
    }

    /** Questionnaire scoring stands on its own: of Vigia it uses only the platform and the shared pieces. */
    @Test
    void instrumentUsesOnlyPlatformAndShared() {
        classes().that().resideInAPackage("org.vigia.instrument..")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage("org.vigia..")
                        .or(JavaClass.Predicates.resideInAnyPackage("org.vigia.instrument..", "org.vigia.platform..",
                                "org.vigia.shared..")))
                .check(all);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("org.vigia.(*)..").should().beFreeOfCycles().check(all);
    }

    @Test
    void aFeatureUsesNoOtherFeaturesEntities() {
        classes().that().resideInAnyPackage(List.of(FEATURES).stream().map(f -> "org.vigia." + f + "..")
                        .toArray(String[]::new))
                .should(new ArchCondition<JavaClass>("use no entity of another clinical feature") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            if (target.isAnnotatedWith(Entity.class) && feature(target) != null
                                    && !feature(target).equals(feature(origin))) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .because("a feature reads another feature's data through its services and query classes")
                .check(all);
    }

    /** The clinical feature a class belongs to, or null. */
    private static String feature(JavaClass c) {
        for (String f : FEATURES) {
            if (c.getPackageName().equals("org.vigia." + f) || c.getPackageName().startsWith("org.vigia." + f + ".")) {
                return f;
            }
        }
        return null;
    }

    private static final List<String> ORDER = List.of("Platform", "Audit", "Account", "Site", "Security",
            "Terminology", "Instrument", "Study", "Subject", "Lab", "Ae", "Dosing", "Followup", "Response", "Form", "Dmc", "Consistency", "Worklist", "Demo");

    private static String[] above(String layer) {
        return ORDER.subList(ORDER.indexOf(layer) + 1, ORDER.size()).toArray(String[]::new);
    }
}
