package org.serviceportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's arrows (style.md, rule 1; docs/architecture.md, "Dependency rule"), kept by a test:
 * <ul>
 * <li>{@code platform} imports no feature;</li>
 * <li>a feature reaches another feature only through its public services, views and events, never
 * its entities ({@code @Entity} classes) or their named queries;</li>
 * <li>no two features depend on each other in a circle.</li>
 * </ul>
 * Known breaches are listed below by name, so that they cannot grow unnoticed; remove one when it is
 * fixed (the test then says so).
 */
class ImportRulesTest {

    static final String ROOT = "org.serviceportal";
    static final List<String> FEATURES = List.of("announcement", "availability", "calendar", "catalog", "faq",
            "incident", "maintenance", "newsletter", "servicedesk", "sla", "status", "webhook");

    /**
     * Uses of another feature's entity, as "feature.Class -> Entity", that are known and not yet fixed:
     * JPA associations of entities to the catalog's {@code Product} and {@code ExternalService} and to
     * the calendar's {@code CalendarDefinition} (foreign keys mapped as {@code @ManyToOne} or
     * {@code @ManyToMany}), and the services that look those entities up to fill them or read their
     * codes. Mapping them as ids (as {@code Incident.productId} already is for the board) removes them.
     */
    static final Set<String> KNOWN_ENTITY_USES = Set.of(
            "availability.Outage -> ExternalService",
            "availability.Outage -> Product",
            "availability.OutageService -> ExternalService",
            "availability.OutageService -> Product",
            "incident.Incident -> CalendarDefinition",
            "incident.Incident -> Product",
            "incident.IncidentMatrixService -> CalendarDefinition",
            "incident.IncidentPriority -> CalendarDefinition",
            "incident.IncidentService -> Product",
            "maintenance.MaintenanceService -> Product",
            "maintenance.MaintenanceWindow -> Product",
            "servicedesk.EscalationContact -> Product",
            "servicedesk.EscalationContactService -> Product",
            "sla.SlaTarget -> CalendarDefinition",
            "sla.SlaTarget -> Product",
            "sla.SlaTargetService -> CalendarDefinition",
            "sla.SlaTargetService -> Product");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // the compiled classes of this module only: scanning the class path for the package takes half a minute
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target/classes"));
    }

    private static String[] featurePackages() {
        return FEATURES.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new);
    }

    /** "feature.TopLevelClass -> Entity". */
    private static String use(JavaClass origin, JavaClass entity) {
        String name = origin.getName().substring(ROOT.length() + 1);
        int nested = name.indexOf('$');
        return (nested < 0 ? name : name.substring(0, nested)) + " -> " + entity.getSimpleName();
    }

    private static String featureOf(JavaClass c) {
        String rest = c.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void platformImportsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .because("the platform serves every feature and names none")
                .check(classes);
    }

    @Test
    void noFeaturesDependOnEachOtherInACircle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void aFeatureUsesNoOtherFeaturesEntities() throws IOException {
        Set<String> uses = new TreeSet<>();
        for (JavaClass c : classes) {
            String feature = featureOf(c);
            if (!FEATURES.contains(feature)) {
                continue;
            }
            c.getDirectDependenciesFromSelf().forEach(d -> {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (target.getPackageName().startsWith(ROOT + ".") && target.isAnnotatedWith(Entity.class)
                        && FEATURES.contains(featureOf(target)) && !featureOf(target).equals(feature)) {
                    uses.add(use(c, target));
                }
            });
        }
        // A named query's name is a compile-time constant: the compiler copies it into the caller, so
        // the class files do not show it. The sources do (an import or a qualified name).
        uses.addAll(entityNamesInSources());
        assertEquals(KNOWN_ENTITY_USES, uses,
                "features reach each other only through services, views and events; listed: the uses found");
    }

    /** "feature.Class -> Entity" for every other feature's entity a feature's source names. */
    private static Set<String> entityNamesInSources() throws IOException {
        Set<String> uses = new TreeSet<>();
        Path sources = Path.of("src/main/java").resolve(ROOT.replace('.', '/'));
        assertTrue(Files.isDirectory(sources), "the sources are read from the module's folder: " + sources.toAbsolutePath());
        List<JavaClass> entities = classes.stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) && FEATURES.contains(featureOf(c))).toList();
        for (String feature : FEATURES) {
            Path dir = sources.resolve(feature);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    String origin = ROOT + "." + sources.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                    for (JavaClass e : entities) {
                        if (!featureOf(e).equals(feature)
                                && Pattern.compile(Pattern.quote(e.getName()) + "\\b").matcher(text).find()) {
                            uses.add(origin.substring(ROOT.length() + 1) + " -> " + e.getSimpleName());
                        }
                    }
                }
            }
        }
        return uses;
    }
}
