package io.alertify.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, checked on the compiled main classes of every module.
 * pipeline and bot-core meet only through the JSON wire contract; adapters see only public API packages.
 */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // other modules' test fakes arrive as *-tests.jar; the rules are about production code
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.alertify");
    }

    @Test
    void pipelineNeverImportsTheBot() {
        check(noClasses().that().resideInAPackage("io.alertify.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("io.alertify.bot..", "io.alertify.slack..",
                        "io.alertify.telegram..", "io.alertify.email..", "io.alertify.conversations..",
                        "io.alertify.remediation..", "io.alertify.deploy.."));
    }

    @Test
    void botCoreNeverImportsThePipelineRemediationOrAdapters() {
        check(noClasses().that().resideInAPackage("io.alertify.bot..")
                .should().dependOnClassesThat().resideInAnyPackage("io.alertify.pipeline..",
                        "io.alertify.remediation..", "io.alertify.slack..", "io.alertify.telegram..",
                        "io.alertify.email..", "io.alertify.conversations..", "io.alertify.deploy.."));
    }

    @Test
    void remediationDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage("io.alertify.remediation..")
                .should().dependOnClassesThat().resideInAnyPackage("io.alertify.pipeline..", "io.alertify.bot..",
                        "io.alertify.slack..", "io.alertify.telegram..", "io.alertify.email..",
                        "io.alertify.conversations..", "io.alertify.deploy.."));
    }

    @Test
    void conversationsSeeOnlyTheBotApi() {
        check(noClasses().that().resideInAPackage("io.alertify.conversations..")
                .should().dependOnClassesThat(internalOf("bot"))
                .orShould().dependOnClassesThat().resideInAnyPackage("io.alertify.pipeline..",
                        "io.alertify.remediation..", "io.alertify.slack..", "io.alertify.telegram..",
                        "io.alertify.email..", "io.alertify.deploy.."));
    }

    @Test
    void chatAdaptersSeeOnlyPublicApis() {
        for (var adapter : new String[] {"slack", "telegram", "email"}) {
            check(noClasses().that().resideInAPackage("io.alertify." + adapter + "..")
                    .should().dependOnClassesThat(internalOf("bot"))
                    .orShould().dependOnClassesThat(internalOf("conversations"))
                    .orShould().dependOnClassesThat().resideInAnyPackage("io.alertify.pipeline..",
                            "io.alertify.remediation..", "io.alertify.deploy.."));
        }
    }

    @Test
    void adaptersDoNotKnowEachOther() {
        check(noClasses().that().resideInAPackage("io.alertify.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("io.alertify.telegram..", "io.alertify.email.."));
        check(noClasses().that().resideInAPackage("io.alertify.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("io.alertify.slack..", "io.alertify.email.."));
        check(noClasses().that().resideInAPackage("io.alertify.email..")
                .should().dependOnClassesThat().resideInAnyPackage("io.alertify.slack..", "io.alertify.telegram.."));
    }

    /** Classes of a module outside its api package (its root configuration class is allowed). */
    private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> internalOf(
            String module) {
        var root = "io.alertify." + module;
        return com.tngtech.archunit.base.DescribedPredicate.describe("internal classes of " + module,
                c -> c.getPackageName().startsWith(root + ".") && !c.getPackageName().equals(root + ".api"));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
