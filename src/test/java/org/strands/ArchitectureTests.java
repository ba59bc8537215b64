package org.strands;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of STYLE.md that a machine can check. */
class ArchitectureTests {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.strands");

    @Test
    void pageControllersEndInPageController() {
        classes().that().areAnnotatedWith(Controller.class).should().haveSimpleNameEndingWith("PageController")
                .andShould().resideInAPackage("..web..").check(MAIN);
    }

    /** The one exception: the directory's Open Referral UK feed, whose paths the standard fixes, under {@code /oruk/}. */
    @Test
    void apiControllersEndInApiControllerAndLiveUnderApiV1() {
        classes().that().areAnnotatedWith(RestController.class).should().haveSimpleNameEndingWith("ApiController")
                .andShould().resideInAPackage("..web..").check(MAIN);
        MAIN.stream().filter(c -> c.isAnnotatedWith(RestController.class)).forEach(c -> {
            RequestMapping mapping = c.reflect().getAnnotation(RequestMapping.class);
            String prefix = mapping == null ? "" : mapping.value()[0];
            Stream.of(c.reflect().getDeclaredMethods())
                    .map(m -> methodPath(m))
                    .filter(p -> p != null)
                    .forEach(p -> {
                        String path = prefix + p;
                        boolean feed = c.getSimpleName().equals("OpenReferralApiController") && path.startsWith("/oruk/");
                        assertThat(feed || path.startsWith("/api/v1/")).as(c.getSimpleName() + " maps " + path).isTrue();
                    });
        });
    }

    @Test
    void repositoriesAreInternalToTheirModule() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(MAIN);
    }

    @Test
    void noStandardStreamsGenericExceptionsFieldInjectionOrJavaUtilLogging() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(MAIN);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MAIN);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(MAIN);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(MAIN);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .check(MAIN);
    }

    @Test
    void everyModuleSaysWhatItIsForInItsPackageInfo() throws IOException {
        for (String module : List.of("platform", "framework", "place")) {
            String info = Files.readString(Path.of("src/main/java/org/strands", module, "package-info.java"));
            assertThat(info).as(module).contains("/**").contains("@org.springframework.modulith.ApplicationModule");
        }
    }

    @Test
    void noSourceFileIsOver300Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    assertThat(Files.readAllLines(f)).as(f.toString()).hasSizeLessThanOrEqualTo(300);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void migrationsAreNamedByTimestampAndModule() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            files.forEach(f -> assertThat(f.getFileName().toString())
                    .matches("V\\d{12}__(platform|framework|place|provision|need|linking|access|journey|impact|followup|directory|accreditation)_[a-z_]+\\.sql"));
        }
    }

    private static String methodPath(java.lang.reflect.Method m) {
        for (var a : m.getAnnotations()) {
            try {
                var value = a.annotationType().getMethod("value");
                if (a.annotationType().getSimpleName().endsWith("Mapping")) {
                    String[] paths = (String[]) value.invoke(a);
                    return paths.length == 0 ? "" : paths[0];
                }
            } catch (ReflectiveOperationException e) {
                // not a mapping annotation
            }
        }
        return null;
    }
}
