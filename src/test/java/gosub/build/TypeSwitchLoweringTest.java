package gosub.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeElement;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TypeSwitchLoweringTest {
    private static final String SAMPLE = "gosub.build.LoweringSample";

    /** Defines LoweringSample from the given bytes; every other class comes from the parent. */
    private static final class OneClass extends ClassLoader {
        private final byte[] bytes;

        OneClass(byte[] bytes) {
            super(TypeSwitchLoweringTest.class.getClassLoader());
            this.bytes = bytes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(SAMPLE)) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : defineClass(name, bytes, 0, bytes.length);
            }
        }
    }

    private static byte[] sampleBytes() throws IOException {
        try (InputStream in = LoweringSample.class.getResourceAsStream("LoweringSample.class")) {
            return in.readAllBytes();
        }
    }

    private static int typeSwitchSites(byte[] classFile) {
        int n = 0;
        for (var m : ClassFile.of().parse(classFile).methods()) {
            if (m.code().isEmpty()) continue;
            for (CodeElement e : m.code().get()) {
                if (e instanceof InvokeDynamicInstruction i && i.bootstrapMethod().methodName().equals("typeSwitch")) n++;
            }
        }
        return n;
    }

    private static Object call(Method m, Object arg) throws IllegalAccessException {
        try {
            return m.invoke(null, arg);
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getSimpleName();
        }
    }

    @Test
    void loweredSwitchesChooseTheSameCases() throws Exception {
        byte[] original = sampleBytes();
        assertEquals(3, typeSwitchSites(original), "javac no longer compiles the sample's switches to typeSwitch");
        byte[] lowered = TypeSwitchLowering.lower(original, getClass().getClassLoader());
        assertNotNull(lowered);
        assertEquals(0, typeSwitchSites(lowered));
        Class<?> low = new OneClass(lowered).loadClass(SAMPLE);
        Object[] values = {null, 3, 42, "", "abc", new StringBuilder("xy"), 7L, 2.5, new Object(),
                new LoweringSample.Circle(1), new LoweringSample.Square(2), new LoweringSample.Rect(3, 3),
                new LoweringSample.Rect(2, 5)};
        List<String> checked = new ArrayList<>();
        for (Method m : LoweringSample.class.getDeclaredMethods()) {
            if (m.isSynthetic() || !java.lang.reflect.Modifier.isPublic(m.getModifiers())) continue;
            Method l = low.getMethod(m.getName(), m.getParameterTypes());
            for (Object v : values) {
                if (v != null && !m.getParameterTypes()[0].isInstance(v)) continue;
                assertEquals(call(m, v), call(l, v), m.getName() + "(" + v + ")");
                checked.add(m.getName() + "(" + v + ") = " + call(l, v));
            }
        }
        assertTrue(checked.contains("describe(42) = big int"), checked::toString);
        assertTrue(checked.contains("describe() = empty string"), checked::toString);
        assertTrue(checked.contains("area(null) = NullPointerException"), checked::toString);
        assertTrue(checked.contains("area(Rect[w=3.0, h=3.0]) = square rect 9"), checked::toString);
        assertTrue(checked.contains("kind(7) = 2"), checked::toString);
    }

    @Test
    void aClassWithoutTypeSwitchesIsLeftAlone() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("TypeSwitchLoweringTest$OneClass.class")) {
            assertNull(TypeSwitchLowering.lower(in.readAllBytes(), getClass().getClassLoader()));
        }
    }

    @Test
    void theBuildLoweredEveryMainClass() throws IOException, URISyntaxException {
        Path classes = Path.of(TypeSwitchLowering.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> left = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                seen++;
                if (typeSwitchSites(Files.readAllBytes(p)) > 0) left.add(classes.relativize(p).toString());
            }
        }
        assertTrue(seen > 100, "found only " + seen + " classes under " + classes);
        assertTrue(left.isEmpty(), "pattern switches not lowered: " + left);
    }
}
