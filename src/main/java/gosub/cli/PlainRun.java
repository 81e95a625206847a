package gosub.cli;

import java.util.List;

/**
 * Reads the common command line `run [--fake-time] [--time-limit D] FILE.go [ARGS...]`
 * without picocli, whose classes (old bytecode the JDK's AOT cache cannot keep) cost most of
 * a start. Anything else, or anything picocli might read differently (an @argument file, a
 * repeated or unknown option, help, an odd value), is left to picocli: read returns null.
 */
record PlainRun(String file, boolean fakeTime, String timeLimit, List<String> args) {

    /** The run this command line asks for, or null when picocli must read it. */
    static PlainRun read(String[] argv) {
        if (argv.length < 2 || !argv[0].equals("run")) return null;
        boolean fakeTime = false;
        String timeLimit = null;
        int i = 1;
        for (; i < argv.length && argv[i].startsWith("-"); i++) {
            String a = argv[i];
            if (a.equals("--fake-time") && !fakeTime) {
                fakeTime = true;
            } else if (a.equals("--time-limit") && timeLimit == null && i + 1 < argv.length) {
                timeLimit = argv[++i];
                if (!plainValue(timeLimit)) return null;
            } else if (a.startsWith("--time-limit=") && timeLimit == null) {
                timeLimit = a.substring("--time-limit=".length());
                if (!plainValue(timeLimit)) return null;
            } else {
                return null;
            }
        }
        if (i == argv.length || !argv[i].endsWith(".go") || argv[i].startsWith("@")) return null;
        String file = argv[i];
        List<String> rest = List.of(argv).subList(i + 1, argv.length);
        for (String a : rest) {
            if (a.startsWith("@")) return null; // picocli expands argument files anywhere
        }
        return new PlainRun(file, fakeTime, timeLimit, rest);
    }

    /** An option value picocli would take as it is: not empty, not option-like, not a file reference. */
    private static boolean plainValue(String v) {
        return !v.isEmpty() && !v.startsWith("-") && !v.startsWith("@");
    }
}
