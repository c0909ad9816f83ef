package org.clearsite;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java: adapters depend on it, never the other way round. */
@AnalyzeClasses(packages = "org.clearsite", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainImportsNoFramework =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "java.sql..",
              "javax.sql..",
              "com.fasterxml.jackson..",
              "tools.jackson..",
              "ai.timefold..",
              "org.flywaydb..",
              "jakarta..")
          .because("the domain must stay plain Java (docs/adr/0001-module-layout.md)");

  @ArchTest
  static final ArchRule domainImportsNoAdapter =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.clearsite.persistence..",
              "org.clearsite.cli..",
              "org.clearsite.discovery..",
              "org.clearsite.web..")
          .because("dependencies point inward, to the domain");
}
