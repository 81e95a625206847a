package gosub.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Writes next to every library source NAME.go under a directory its syntax tree NAME.ast, which
 * AstReader reads at start-up. The build runs it after compiling (pom.xml: javac runs it as an
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
        for (Path p : sources) {
            byte[] src = Files.readAllBytes(p);
            byte[] tree = AstWriter.write(GoSource.parse(p.toString(), src), src);
            String name = p.getFileName().toString();
            Files.write(p.resolveSibling(name.substring(0, name.length() - ".go".length()) + ".ast"), tree);
        }
    }
}
