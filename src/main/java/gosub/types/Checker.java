package gosub.types;

import gosub.syntax.Decl;
import gosub.syntax.Expr;
import gosub.syntax.Pos;
import gosub.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one package: declares its objects, resolves package-level declarations lazily (Go
 * allows any order), checks function bodies, and computes the order of variable initialisation.
 */
public final class Checker {
    /** Loads and checks an imported package by path, or returns null when gosub lacks it. */
    public interface Importer {
        Package load(String path);
    }

    final Info info;
    final Diagnostics diags;
    final String fileName;
    final Importer importer;
    final Package pkg;
    final Scope fileScope;
    final TypeResolver typer;
    final ExprChecker exprs;
    final CallChecker calls;
    final StmtChecker stmts;
    private final RangeChecker ranges = new RangeChecker(this);

    RangeChecker rangeChecker() {
        return ranges;
    }

    private final SwitchChecker switches;

    SwitchChecker switchChecker() {
        return switches;
    }

    /** The function whose body is being checked (null at package level). */
    FuncContext fn;
    /** Package-level objects referenced while checking the current global declaration. */
    Set<Obj> deps;
    /** iota's value inside a const spec, or null outside one. */
    Object iota;
    /** Type parameters being declared (a generic signature or type), outside function bodies. */
    Scope tpScope;

    /** The innermost scope names are looked up in. */
    Scope scope() {
        if (tpScope != null) return tpScope;
        return fn != null ? fn.scope : fileScope;
    }

    private final Map<Obj, Object> globalDecls = new LinkedHashMap<>();
    private final Map<Obj, Set<Obj>> globalDeps = new HashMap<>();
    private final List<Obj.PkgName> imports = new ArrayList<>();
    /** The objects dot imports brought into the file scope, with the import that brought each. */
    private final Map<Obj, Obj.PkgName> dotImported = new HashMap<>();

    public Checker(Info info, Diagnostics diags, Decl.File file, String path, Importer importer) {
        this.info = info;
        this.diags = diags;
        this.fileName = file.name();
        this.importer = importer;
        Scope universe = UniverseHolder.SCOPE;
        this.pkg = new Package(path, file.pkg(), new Scope(universe, false));
        this.fileScope = new Scope(pkg.scope, false);
        this.typer = new TypeResolver(this);
        this.exprs = new ExprChecker(this);
        this.calls = new CallChecker(this);
        this.stmts = new StmtChecker(this);
        this.switches = new SwitchChecker(this);
    }

    public Package pkg() {
        return pkg;
    }

    void error(Pos pos, String msg) {
        // As types2 does: once an error is reported, errors about operands or types made
        // invalid by it are follow-on noise and are dropped.
        boolean followOn = msg.indexOf("invalid operand") > 0 || msg.indexOf("invalid type") >= 0;
        if (followOn && diags.any()) return;
        diags.add(fileName, pos, msg);
    }

    // ---------------------------------------------------------------- the package

    public Package check(Decl.File file) {
        if (pkg.path.equals("runtime")) {
            // The runtime's panic types are built in Java (they are raised by the interpreter).
            pkg.scope.declare(new Obj.TypeName("TypeAssertionError", Pos.NONE, gosub.types.RuntimeErrors.TYPE_ASSERTION, "runtime"));
            pkg.scope.declare(new Obj.TypeName("PanicNilError", Pos.NONE, gosub.types.RuntimeErrors.PANIC_NIL, "runtime"));
        }
        boolean importsFound = true;
        for (Decl.Import imp : file.imports()) importsFound &= importPackage(imp);
        // Like go build, a missing package stops the build before anything is type-checked.
        if (!importsFound) return pkg;
        List<Decl.Func> funcs = new ArrayList<>();
        List<Decl.Func> methods = new ArrayList<>();
        for (Decl d : file.decls()) {
            switch (d) {
                case Decl.Func f when f.recv() == null -> funcs.add(f);
                case Decl.Func f -> methods.add(f);
                default -> collect(d);
            }
        }
        for (Decl.Func f : funcs) declareFunc(f);
        for (Map.Entry<Obj, Object> e : new ArrayList<>(globalDecls.entrySet())) {
            if (e.getKey() instanceof Obj.TypeName tn) resolveGlobal(tn);
        }
        for (Decl.Func m : methods) declareMethod(m);
        for (Obj o : new ArrayList<>(globalDecls.keySet())) {
            // A library package's constants are resolved when first used: most never are, and
            // the library has no errors to report.
            if (o instanceof Obj.Const && !pkg.path.equals("main")) continue;
            resolveGlobal(o);
        }
        for (Decl.Func f : funcs) checkOrDefer(f);
        for (Decl.Func m : methods) checkOrDefer(m);
        computeInitOrder();
        for (Obj.PkgName p : imports) {
            // Library bodies are checked later, so their imports can only be judged in main.
            if (!p.used && pkg.path.equals("main")) {
                String path = p.imported.path;
                String last = path.substring(path.lastIndexOf('/') + 1);
                String alias = p.name.equals(last) || p.name.equals(p.imported.name) || p.name.equals(".") ? "" : " as " + p.name;
                error(p.pos, "\"" + path + "\" imported" + alias + " and not used");
            }
        }
        if (pkg.path.equals("main") && !(pkg.scope.lookupLocal("main") instanceof Obj.Func)) {
            diags.add(fileName, Pos.NONE, "function main is undeclared in the main package");
        }
        return pkg;
    }

    /** Declares an import's package name; false when gosub does not provide the package. */
    private boolean importPackage(Decl.Import imp) {
        Package p = importer.load(imp.path());
        if (p == null) {
            error(imp.pathPos(), "gosub does not provide package \"" + imp.path() + "\"");
            return false;
        }
        String name = imp.name() != null ? imp.name() : p.name;
        if (name.equals("_")) return true;
        // Go places an import at its name when it has one, else at its path.
        Obj.PkgName pn = new Obj.PkgName(name, imp.name() != null ? imp.pos() : imp.pathPos(), p);
        if (name.equals(".")) {
            // A dot import puts the package's exported names in the file's scope.
            for (Obj o : p.scope.names.values()) {
                if (!o.exported()) continue;
                if (fileScope.declare(o) != null) error(imp.pos(), o.name + " redeclared in this block");
                dotImported.put(o, pn);
            }
            imports.add(pn);
            return true;
        }
        if (fileScope.declare(pn) != null) error(imp.pos(), name + " redeclared in this block");
        imports.add(pn);
        return true;
    }

    private void declareGlobal(Obj o, Object decl) {
        if (o.name.equals("_")) {
            globalDecls.put(o, decl);
            return;
        }
        if (o.name.equals("init") && o instanceof Obj.Func) {
            globalDecls.put(o, decl);
            return;
        }
        Obj prev = pkg.scope.declare(o);
        if (prev != null) {
            error(o.pos, o.name + " redeclared in this block");
            return;
        }
        if (fileScope.lookupLocal(o.name) instanceof Obj.PkgName) {
            error(o.pos, o.name + " already declared through import of package");
        } else if (dotImported.get(fileScope.lookupLocal(o.name)) instanceof Obj.PkgName pn) {
            error(o.pos, o.name + " already declared through dot-import of package " + pn.imported.name + " (\"" + pn.imported.path + "\")");
        }
        globalDecls.put(o, decl);
    }

    /** A global var or const with the spec that declares it and its index in the spec. */
    record SpecRef(Decl.ValueSpec spec, int index) {}

    private void collect(Decl d) {
        switch (d) {
            case Decl.Const c -> {
                for (Decl.ValueSpec s : c.specs()) {
                    for (int i = 0; i < s.names().size(); i++) {
                        Expr.Ident n = s.names().get(i);
                        Obj.Const k = new Obj.Const(n.name(), n.pos(), null, pkg.path, null);
                        k.declaredBy = this;
                        info.objects.put(n, k);
                        declareGlobal(k, new SpecRef(s, i));
                    }
                }
            }
            case Decl.Var v -> {
                for (Decl.ValueSpec s : v.specs()) {
                    for (int i = 0; i < s.names().size(); i++) {
                        Expr.Ident n = s.names().get(i);
                        Obj.Var var = new Obj.Var(n.name(), n.pos(), null, pkg.path, false, false);
                        var.global = true;
                        var.used = true;
                        info.objects.put(n, var);
                        declareGlobal(var, new SpecRef(s, i));
                    }
                }
            }
            case Decl.Type t -> {
                for (Decl.TypeSpec s : t.specs()) {
                    Obj.TypeName tn = new Obj.TypeName(s.name().name(), s.name().pos(), null, pkg.path);
                    if (!s.alias()) {
                        Type.Named named = new Type.Named(pkg.path, s.name().name(), null);
                        named.decl = s;
                        tn.type = named;
                    }
                    info.objects.put(s.name(), tn);
                    declareGlobal(tn, s);
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private void declareFunc(Decl.Func f) {
        Obj.Func fn = new Obj.Func(f.name().name(), f.name().pos(), null, pkg.path);
        fn.decl = f;
        fn.isNative = !f.hasBody();
        info.objects.put(f.name(), fn);
        info.funcs.put(f, fn);
        if (f.name().name().equals("init") || f.name().name().equals("main")) {
            if (!f.type().params().isEmpty() || !f.type().results().isEmpty()) {
                error(f.name().pos(), "func " + f.name().name() + " must have no arguments and no return values");
            }
        }
        declareGlobal(fn, f);
    }

    private void declareMethod(Decl.Func f) {
        Expr recvType = f.recv().type();
        boolean ptr = false;
        if (recvType instanceof Expr.Star s) {
            ptr = true;
            recvType = s.x();
        }
        List<Expr> recvTypeArgs = List.of();
        if (recvType instanceof Expr.Index ix) {
            recvTypeArgs = ix.indices();
            recvType = ix.x();
        }
        Obj.Func m = new Obj.Func(f.name().name(), f.name().pos(), null, pkg.path);
        m.decl = f;
        m.ptrRecv = ptr;
        m.isNative = !f.hasBody();
        info.objects.put(f.name(), m);
        info.funcs.put(f, m);
        if (!(recvType instanceof Expr.Ident id) || !(pkg.scope.lookupLocal(id.name()) instanceof Obj.TypeName tn)
                || !(tn.type instanceof Type.Named named)) {
            error(recvType.pos(), "cannot define new methods on non-local type " + gosub.syntax.ExprPrinter.print(recvType));
            return;
        }
        info.objects.put(id, tn);
        if (named.underlying() instanceof Type.Pointer || named.underlying() instanceof Type.Interface) {
            error(recvType.pos(), "invalid receiver type " + named.name);
            return;
        }
        for (Obj.Func other : named.methods) {
            if (other.name.equals(m.name)) {
                error(m.pos, "method " + named.name + "." + m.name + " already declared at " + fileName + ":" + other.pos);
                return;
            }
        }
        if (named.underlying() instanceof Type.Struct st && st.indexOf(m.name) >= 0) {
            error(m.pos, "field and method with the same name " + m.name);
            return;
        }
        m.recvNamed = named;
        named.methods.add(m);
        Scope savedTp = tpScope;
        Type base = named;
        if (!named.typeParams.isEmpty()) {
            // The receiver names the type's parameters (perhaps differently): bind them.
            Scope s = new Scope(scope(), false);
            for (int i = 0; i < recvTypeArgs.size() && i < named.typeParams.size(); i++) {
                if (recvTypeArgs.get(i) instanceof Expr.Ident pn) {
                    Obj.TypeName tpName = new Obj.TypeName(pn.name(), pn.pos(), named.typeParams.get(i), pkg.path);
                    info.objects.put(pn, tpName);
                    s.declare(tpName);
                }
            }
            if (recvTypeArgs.size() != named.typeParams.size()) {
                error(recvType.pos(), "got " + recvTypeArgs.size() + " type parameters, but receiver base type declares " + named.typeParams.size());
            }
            tpScope = s;
            base = Subst.instantiate(named, new ArrayList<>(named.typeParams));
        }
        m.recvType = ptr ? new Type.Pointer(base) : base;
        m.type = typer.signature(f.type(), f.recv(), named);
        tpScope = savedTp;
    }

    // ---------------------------------------------------------------- lazy resolution

    /** Makes sure a package-level object's type (and constant value) is known. */
    void resolveGlobal(Obj o) {
        Object decl = globalDecls.get(o);
        if (decl == null) return;
        switch (o) {
            case Obj.TypeName tn -> {
                if (tn.type instanceof Type.Named n && n.under != null) return;
                if (tn.type != null && !(tn.type instanceof Type.Named)) return;
                Decl.TypeSpec s = (Decl.TypeSpec) decl;
                if (s.alias()) {
                    if (tn.type == null) tn.type = Universe.INVALID;
                    if (!s.typeParams().isEmpty()) {
                        // A generic alias: its right side is resolved with its own parameters in scope.
                        Scope savedTp = tpScope;
                        List<Type.TypeParam> tps = new ArrayList<>();
                        tn.aliasParams = tps;
                        typer.typeParams(s.typeParams(), tps);
                        tn.type = typer.resolve(s.type());
                        tpScope = savedTp;
                        return;
                    }
                    tn.type = typer.resolve(s.type());
                } else {
                    typer.declareNamed((Type.Named) tn.type, s);
                }
            }
            case Obj.Func f -> {
                if (f.type == null) f.type = typer.signature(((Decl.Func) decl).type(), null, null);
            }
            case Obj.Const c -> {
                if (c.type != null) return;
                if (c.resolving) {
                    error(c.pos, "initialization cycle or invalid recursive reference to " + c.name);
                    c.type = Universe.INVALID;
                    return;
                }
                c.resolving = true;
                SpecRef ref = (SpecRef) decl;
                FuncContext saved = fn;
                fn = null;
                stmts.constSpec(ref.spec(), ref.index(), c);
                fn = saved;
                c.resolving = false;
            }
            case Obj.Var v -> {
                if (v.type != null) return;
                SpecRef ref = (SpecRef) decl;
                FuncContext saved = fn;
                Set<Obj> savedDeps = deps;
                fn = null;
                deps = new LinkedHashSet<>();
                for (Expr.Ident n : ref.spec().names()) {
                    Obj var = info.objects.get(n);
                    if (var.type == null) var.type = Universe.INVALID;
                }
                stmts.globalVarSpec(ref.spec());
                for (Expr.Ident n : ref.spec().names()) globalDeps.put(info.objects.get(n), deps);
                fn = saved;
                deps = savedDeps;
            }
            default -> {}
        }
    }

    /** Records that the declaration being checked refers to a package-level object. */
    void noteUse(Obj o) {
        if (!dotImported.isEmpty() && dotImported.get(o) instanceof Obj.PkgName pn) pn.used = true;
        if (deps != null && (o instanceof Obj.Var v && v.global || o instanceof Obj.Func f && f.recvNamed == null)) {
            if (globalDecls.containsKey(o)) deps.add(o);
        }
    }

    void noteMethodUse(Obj.Func m) {
        if (deps != null && globalDecls.containsKey(m) || deps != null && m.decl != null) deps.add(m);
    }

    // ---------------------------------------------------------------- bodies

    /**
     * Library packages are trusted Go: their function bodies are checked only when the
     * compiler needs them, which keeps start-up short.
     */
    private void checkOrDefer(Decl.Func f) {
        if (pkg.path.equals("main") || !f.hasBody()) {
            checkBody(f);
            return;
        }
        info.uncheckedBodies.put(f, () -> checkBody(f));
    }

    private void checkBody(Decl.Func f) {
        Obj.Func obj = info.funcs.get(f);
        if (obj == null || obj.type == null || !f.hasBody()) return;
        Set<Obj> savedDeps = deps;
        deps = new LinkedHashSet<>();
        stmts.funcBody(obj.sig(), f.recv(), f.type(), f.body(), obj, f);
        globalDeps.put(obj, deps);
        deps = savedDeps;
    }

    /**
     * Go's order: repeatedly initialise the earliest variable in declaration order that does
     * not depend on an uninitialised variable (dependencies through functions count).
     */
    /** Reports the first pending variable that lies on a cycle, in types2's words. */
    private void reportInitCycle(List<Obj.Var> pending) {
        for (Obj.Var v : pending) {
            List<Obj> path = cycleFrom(v, v, new ArrayList<>(), new java.util.HashSet<>());
            if (path == null) continue;
            if (path.size() == 1) error(v.pos, "initialization cycle: " + v.name + " refers to itself");
            else error(v.pos, "initialization cycle for " + v.name);
            return;
        }
        error(pending.get(0).pos, "initialization cycle for " + pending.get(0).name);
    }

    /** A path of direct references (variables and functions) from 'from' back to target, or null. */
    private List<Obj> cycleFrom(Obj from, Obj.Var target, List<Obj> path, Set<Obj> seen) {
        if (!seen.add(from)) return null;
        for (Obj d : globalDeps.getOrDefault(from, Set.of())) {
            if (!(d instanceof Obj.Var) && !(d instanceof Obj.Func)) continue;
            path.add(d);
            if (d == target) return path;
            if (cycleFrom(d, target, path, seen) != null) return path;
            path.remove(path.size() - 1);
        }
        return null;
    }

    private void computeInitOrder() {
        List<Decl.ValueSpec> order = new ArrayList<>();
        List<Obj.Var> pending = new ArrayList<>();
        for (Obj o : globalDecls.keySet()) if (o instanceof Obj.Var v) pending.add(v);
        Set<Obj> done = new LinkedHashSet<>();
        // by identity: a spec record's own hashCode would hash its whole initialiser
        Set<Decl.ValueSpec> emitted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Obj.Var pick = null;
            for (Obj.Var v : pending) {
                if (varDeps(v).stream().allMatch(done::contains)) {
                    pick = v;
                    break;
                }
            }
            if (pick == null) {
                reportInitCycle(pending);
                break;
            }
            SpecRef ref = (SpecRef) globalDecls.get(pick);
            for (Expr.Ident n : ref.spec().names()) {
                Obj o = info.objects.get(n);
                done.add(o);
                pending.remove(o);
            }
            if (emitted.add(ref.spec())) order.add(ref.spec());
        }
        info.initOrder.put(pkg.path, order);
    }

    /** The global variables v depends on, following function references transitively. */
    private Set<Obj> varDeps(Obj.Var v) {
        Set<Obj> out = new LinkedHashSet<>();
        Set<Obj> seen = new LinkedHashSet<>();
        List<Obj> work = new ArrayList<>(globalDeps.getOrDefault(v, Set.of()));
        while (!work.isEmpty()) {
            Obj o = work.remove(work.size() - 1);
            if (!seen.add(o)) continue;
            if (o instanceof Obj.Var) {
                out.add(o); // v itself too: a variable whose initialiser reaches it is a cycle
            } else {
                work.addAll(globalDeps.getOrDefault(o, Set.of()));
            }
        }
        return out;
    }

    /** Holds the universe scope (built once; it is never modified after). */
    static final class UniverseHolder {
        static final Scope SCOPE = Universe.create();
    }
}
