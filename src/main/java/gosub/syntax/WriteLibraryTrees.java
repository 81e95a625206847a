package gosub.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Writes the syntax trees of the library sources under a directory (PATH.go for package PATH)
 * into one TreeBundle there, read at start-up. The build runs it after compiling (pom.xml: javac runs it as an
 * annotation processor over a placeholder source, since Maven has no plugin offline that runs
 * project code), with the directory in the option gosub.libDir.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions("gosub.libDir")
public final class WriteLibraryTrees extends AbstractProcessor {
    private boolean done;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!done) {
            done = true;
            try {
                writeAll(Path.of(processingEnv.getOptions().get("gosub.libDir")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    static void writeAll(Path dir) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".go")).toList();
        }
        Map<String, byte[]> trees = new HashMap<>();
        for (Path p : sources) {
            byte[] src = Files.readAllBytes(p);
            String rel = dir.relativize(p).toString().replace('\\', '/');
            trees.put(rel.substring(0, rel.length() - ".go".length()), AstWriter.write(GoSource.parse(p.toString(), src), src));
        }
        Files.write(dir.resolve(BUNDLE), TreeBundle.write(trees));
    }

    /** The bundle's name in the library's resource directory. */
    public static final String BUNDLE = "trees.bin";
}
