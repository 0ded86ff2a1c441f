package org.icmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path DIAGRAMS = Path.of("docs/architecture");
    private static final Path GENERATED = Path.of("target/architecture");

    private final ApplicationModules modules = ApplicationModules.of(IcmfApplication.class);

    /** Each module uses only the modules (and their named interfaces) its package-info allows, without cycles. */
    @Test
    void featuresOnlyUseWhatTheirModuleDeclaresAllowed() {
        modules.verify();
    }

    /**
     * The diagrams in docs/architecture are written from the code by every build. A diagram whose lines changed
     * (not only their order, which the Documenter does not keep from one run to the next) is copied over and the
     * test fails, so committing the rewritten files is the fix, and the picture cannot drift.
     */
    @Test
    void theModuleDiagramsInTheDocsMatchTheCode() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> generated = read(GENERATED);
        Map<String, String> committed = read(DIAGRAMS);

        assertThat(generated).containsKey("components.puml");
        assertThat(modules.stream().map(ApplicationModule::getIdentifier))
                .isNotEmpty()
                .allSatisfy(module ->
                        assertThat(generated).containsKeys("module-" + module + ".puml", "module-" + module + ".adoc"));
        assertThat(generated.get("components.puml")).contains("Mes données", "Régions", "Plan du site");

        List<String> stale = new ArrayList<>();
        Files.createDirectories(DIAGRAMS);
        for (Map.Entry<String, String> file : generated.entrySet()) {
            String before = committed.get(file.getKey());
            if (before == null || !sortedLines(before).equals(sortedLines(file.getValue()))) {
                Files.writeString(DIAGRAMS.resolve(file.getKey()), file.getValue());
                stale.add(file.getKey());
            }
        }
        for (String gone : committed.keySet()) {
            if (!generated.containsKey(gone)) {
                Files.delete(DIAGRAMS.resolve(gone));
                stale.add(gone);
            }
        }
        assertThat(stale)
                .as("docs/architecture was out of date with the modules and has been rewritten: commit it")
                .isEmpty();
    }

    private static List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
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
