package org.clearsite.attribution;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: only the knowledge loader may read YAML. */
class ArchitectureTest {

  @Test
  void theEngineImportsNoFrameworkAndNoParser() {
    noClasses()
        .that()
        .resideInAnyPackage("org.clearsite.attribution", "org.clearsite.attribution.text")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.yaml..",
            "tools.jackson..",
            "com.fasterxml..",
            "org.springframework..",
            "java.sql..",
            "ai.timefold..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clearsite.attribution"));
  }
}
