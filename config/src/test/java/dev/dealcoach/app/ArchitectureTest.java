package dev.dealcoach.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The dependency rules of docs/ARCHITECTURE.md, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "dev.dealcoach", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** bot-core's test helpers arrive as a test jar (when built outside the reactor): they are tests too. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule coreUsesNoFrameworkOrPlatformTypes = noClasses()
            .that().resideInAPackage("dev.dealcoach.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.slack..", "com.microsoft..", "org.quartz..", "jakarta.servlet..")
            .as("bot-core has no Spring, Slack, Microsoft, Quartz or servlet types");

    @ArchTest
    static final ArchRule coreDependsOnNothingOutsideIt = noClasses()
            .that().resideInAPackage("dev.dealcoach.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.dealcoach.slack..", "dev.dealcoach.teams..", "dev.dealcoach.app..")
            .as("dependencies point inward: the core knows no adapter and not the application");

    @ArchTest
    static final ArchRule corePackagesFormNoCycles = slices()
            .matching("dev.dealcoach.core.(**)")
            .should().beFreeOfCycles()
            .as("the core's packages depend on each other one way: ports live beside the feature that needs them");

    @ArchTest
    static final ArchRule slackAdapterKnowsNothingOfTeams = noClasses()
            .that().resideInAPackage("dev.dealcoach.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.dealcoach.teams..", "com.microsoft..")
            .as("the two adapters never depend on each other");

    @ArchTest
    static final ArchRule boltStaysInTheSlackAdapter = noClasses()
            .that().resideOutsideOfPackage("dev.dealcoach.slack..")
            .should().dependOnClassesThat().resideInAPackage("com.slack..")
            .as("Bolt and Slack SDK types stop at the slack-adapter boundary");

    @ArchTest
    static final ArchRule botFrameworkStaysInTheTeamsAdapter = noClasses()
            .that().resideOutsideOfPackage("dev.dealcoach.teams..")
            .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..")
            .as("the archived Bot Framework SDK is confined to teams-adapter");
}
