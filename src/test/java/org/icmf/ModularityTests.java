package org.icmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path DIAGRAMS = Path.of("docs/architecture");

    private final ApplicationModules modules = ApplicationModules.of(IcmfApplication.class);

    /** Each module uses only the modules (and their named interfaces) its package-info allows, without cycles. */
    @Test
    void featuresOnlyUseWhatTheirModuleDeclaresAllowed() {
        modules.verify();
    }

    /**
     * The diagrams in docs/architecture are written from the code by every build; when they were out of date the
     * test fails after rewriting them, so committing the rewritten files is the fix, and the picture cannot drift.
     */
    @Test
    void theModuleDiagramsInTheDocsMatchTheCode() throws IOException {
        Map<String, String> before = read(DIAGRAMS);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> after = read(DIAGRAMS);

        assertThat(after).containsKey("components.puml");
        assertThat(modules.stream().map(ApplicationModule::getIdentifier))
                .isNotEmpty()
                .allSatisfy(module ->
                        assertThat(after).containsKeys("module-" + module + ".puml", "module-" + module + ".adoc"));
        assertThat(after.get("components.puml")).contains("Mes données", "Régions", "Plan du site");
        assertThat(after)
                .as("docs/architecture was out of date with the modules and has been rewritten: commit it")
                .isEqualTo(before);
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> paths = Files.list(folder)) {
                for (Path path : paths.toList()) {
                    files.put(path.getFileName().toString(), Files.readString(path));
                }
            }
        }
        return files;
    }
}
