package cn.xgz.recon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of the package structure (STYLE.md): packages by feature without a cycle between them, and arrows
 * that run one way only: cli → job wiring (nightly, halfyear) → Spring configuration → features → common ground.
 */
@AnalyzeClasses(packages = "cn.xgz.recon", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"cn.xgz.recon.feedback..", "cn.xgz.recon.generate..",
        "cn.xgz.recon.ingest..", "cn.xgz.recon.lifecycle..", "cn.xgz.recon.match..", "cn.xgz.recon.notify..",
        "cn.xgz.recon.output..", "cn.xgz.recon.proposal..", "cn.xgz.recon.reconcile..", "cn.xgz.recon.report..",
        "cn.xgz.recon.rules..", "cn.xgz.recon.schedule..", "cn.xgz.recon.store..", "cn.xgz.recon.submission.."};

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("cn.xgz.recon.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("cn.xgz.recon.cli..")
            .layer("jobs").definedBy("cn.xgz.recon.nightly..", "cn.xgz.recon.halfyear..")
            .layer("configuration").definedBy("cn.xgz.recon.config..")
            .layer("features").definedBy(FEATURES)
            .layer("common").definedBy("cn.xgz.recon.common..", "cn.xgz.recon.source..", "cn.xgz.recon.reference..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("jobs").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("configuration").mayOnlyBeAccessedByLayers("cli", "jobs")
            .whereLayer("features").mayOnlyBeAccessedByLayers("cli", "jobs", "configuration")
            .whereLayer("common").mayOnlyBeAccessedByLayers("cli", "jobs", "configuration", "features");

    /** Steps, listeners and job parameters are the job wiring's; the item streams of ingest are its one exception. */
    @ArchTest
    static final ArchRule springBatchOnlyInJobWiring = noClasses().that().resideInAnyPackage(FEATURES)
            .and().resideOutsideOfPackage("cn.xgz.recon.ingest.batch..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.batch..");
}
