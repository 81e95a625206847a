package gosub.build;

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
 * Lowers the pattern switches of every class file under a directory (see TypeSwitchLowering).
 * The build runs it after compiling, as WriteLibraryTrees is run (pom.xml), with the directory
 * in the option gosub.classDir. Running it twice changes nothing.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions("gosub.classDir")
public final class LowerTypeSwitches extends AbstractProcessor {
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
                lowerAll(Path.of(processingEnv.getOptions().get("gosub.classDir")), getClass().getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    static void lowerAll(Path dir, ClassLoader hierarchy) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(dir)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path p : classes) {
            byte[] lowered = TypeSwitchLowering.lower(Files.readAllBytes(p), hierarchy);
            if (lowered != null) Files.write(p, lowered);
        }
    }
}
