package gosub.types;

/** A checked package: its path, name and package-level scope. */
public final class Package {
    public final String path;
    public final String name;
    public final Scope scope;

    public Package(String path, String name, Scope scope) {
        this.path = path;
        this.name = name;
        this.scope = scope;
    }
}
