package org.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** Keeps features from tangling: the folder names stay the map of the product. */
class ArchitectureTest {

    static final String BASE = "org.factdesk";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /**
     * Features do not go round in circles, their views included: a feature that needs a higher one's
     * screen part offers a place for it (a claim panel section, a reader tool) that the higher one fills.
     */
    @Test
    void feature_packages_with_their_views_do_not_depend_on_each_other_in_cycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * The attribution finder's rules do not call round in circles either (Attributions used the
     * punctuation cues, which used the contents, which used Attributions' spans): its shared shapes
     * ({@code Span}, {@code FoundAttribution}) are types of their own, below the rules.
     */
    @Test
    void the_suggestion_classes_do_not_depend_on_each_other_in_cycles() {
        slices().assignedFrom(new com.tngtech.archunit.library.dependencies.SliceAssignment() {
            @Override
            public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(
                    com.tngtech.archunit.core.domain.JavaClass type) {
                if (!type.getPackageName().equals(BASE + ".suggest")) {
                    return com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
                }
                var name = type.getName().substring(type.getPackageName().length() + 1);
                int nested = name.indexOf('$');
                return com.tngtech.archunit.library.dependencies.SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
            }

            @Override
            public String getDescription() {
                return "the top-level classes of " + BASE + ".suggest";
            }
        }).should().beFreeOfCycles().check(classes);
    }

    /** A class that outgrows 400 lines does more than one thing: split it along what it does. */
    @Test
    void no_source_file_exceeds_400_lines() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            var tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return java.nio.file.Files.readAllLines(f).size() > 400;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            org.assertj.core.api.Assertions.assertThat(tooLong).isEmpty();
        }
    }

    /** The reader is a shell: panel sections and tools come from their features, never imported by it. */
    @Test
    void the_reader_shell_imports_no_other_features_views() {
        noClasses().that().haveSimpleName("DocumentReaderView").or().haveSimpleName("ClaimPanel")
                .should().dependOnClassesThat(resideInAPackage(BASE + "..ui..")
                        .and(not(resideInAnyPackage(BASE + ".claim.ui..", BASE + ".base.ui.."))))
                .check(classes);
    }

    @Test
    void only_the_three_doors_and_the_shell_depend_on_views() {
        noClasses().that().resideOutsideOfPackages(BASE + "..ui..", BASE + ".security.web..")
                .and().doNotHaveSimpleName("Application")
                .should().dependOnClassesThat().resideInAPackage(BASE + "..ui..")
                .check(classes);
    }

    @Test
    void feature_logic_does_not_know_the_api_or_the_command_line() {
        noClasses().that().resideOutsideOfPackages(BASE + ".api..", BASE + ".cli..")
                .and().doNotHaveSimpleName("Application")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".api..", BASE + ".cli..")
                .check(classes);
    }

    @Test
    void views_and_controllers_call_services_never_repositories() {
        classes().that().areAssignableTo(Repository.class).should().onlyHaveDependentClassesThat()
                .resideOutsideOfPackages(BASE + "..ui..", BASE + ".api..", BASE + ".cli..")
                .check(classes);
    }

    @Test
    void repositories_are_used_only_inside_transactions() {
        codeUnits().that().areDeclaredInClassesThat().areNotAssignableTo(Repository.class)
                .should(new ArchCondition<JavaCodeUnit>("call repositories only inside a @Transactional method or class") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        var transactional = unit.isAnnotatedWith(Transactional.class)
                                || unit.getOwner().isAnnotatedWith(Transactional.class);
                        // Private helpers and lambdas run inside the caller's transaction.
                        if (transactional || unit.getModifiers().contains(JavaModifier.PRIVATE)
                                || unit.getName().startsWith("lambda$")) {
                            return;
                        }
                        unit.getMethodCallsFromSelf().stream()
                                .filter(call -> call.getTargetOwner().isAssignableTo(Repository.class))
                                .forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
                    }
                })
                .check(classes);
    }

    @Test
    void views_are_package_private() {
        classes().that().areAnnotatedWith(Route.class).and().doNotHaveSimpleName("LoginView")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(classes);
    }

    @Test
    void pure_logic_has_no_spring_or_vaadin() {
        noClasses().that().resideInAnyPackage(BASE + ".anchoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "jakarta.persistence..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void controllers_live_in_the_api_package() {
        classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage(BASE + ".api..")
                .check(classes);
    }

    @Test
    void components_live_in_ui_packages() {
        classes().that().areAssignableTo(Component.class).should().resideInAPackage(BASE + "..ui..")
                .check(classes);
    }

    /**
     * The workflow has one door: a claim's status is set only by ClaimService.moveStatus, which is not
     * public and is reached only through ClaimWorkflow's protected methods, whose one subclass is the
     * verification workflow (ReviewService), where the two-person rule lives.
     */
    @Test
    void a_claims_status_moves_only_through_the_workflow() {
        var claim = classes.get(BASE + ".claim.Claim");
        var setStatus = claim.getMethod("setStatus", org.factdesk.claim.ClaimStatus.class);
        org.assertj.core.api.Assertions.assertThat(setStatus.getCallsOfSelf())
                .extracting(call -> call.getOrigin().getFullName())
                .allSatisfy(origin -> org.assertj.core.api.Assertions.assertThat(origin)
                        .startsWith(BASE + ".claim.ClaimService.moveStatus("));
        var service = classes.get(BASE + ".claim.ClaimService");
        org.assertj.core.api.Assertions.assertThat(service.getMethods())
                .filteredOn(m -> m.getName().equals("moveStatus"))
                .isNotEmpty()
                .allSatisfy(m -> org.assertj.core.api.Assertions.assertThat(m.getModifiers())
                        .doesNotContain(JavaModifier.PUBLIC, JavaModifier.PROTECTED));
        classes().that().areAssignableTo(BASE + ".claim.ClaimWorkflow")
                .and().doNotHaveFullyQualifiedName(BASE + ".claim.ClaimWorkflow")
                .should().haveFullyQualifiedName(BASE + ".verification.ReviewService")
                .check(classes);
    }

    /**
     * Every change to a claim's parts is recorded through ClaimChange (which moves the claim's version
     * and writes its audit entry): outside the claim package only its header starts an event. Comments,
     * which are discussion and not part of the record, announce themselves without it; the audit trail
     * reads recorded events back from their rows (it never publishes one).
     */
    @Test
    void changes_to_a_claim_are_recorded_through_its_change() {
        noClasses().that().resideOutsideOfPackage(BASE + ".claim")
                .and().doNotHaveFullyQualifiedName(BASE + ".verification.CommentService")
                .and().doNotHaveFullyQualifiedName(BASE + ".audit.AuditEntry")
                .should().callConstructor(org.factdesk.claim.ClaimEvent.Header.class, long.class, long.class, String.class,
                        java.time.Instant.class)
                .check(classes);
    }

    /** Claim events are typed: every kind of change is a record of its own, the audit row is how one is written down. */
    @Test
    void claim_events_are_records_of_one_sealed_type() {
        var event = classes.get(BASE + ".claim.ClaimEvent");
        org.assertj.core.api.Assertions.assertThat(event.reflect().isSealed()).isTrue();
        org.assertj.core.api.Assertions.assertThat(event.reflect().getPermittedSubclasses())
                .allSatisfy(type -> org.assertj.core.api.Assertions.assertThat(type.isRecord()).isTrue())
                .hasSizeGreaterThan(10);
    }
}
