package gosub.compile;

import gosub.exec.*;
import gosub.syntax.Decl;
import gosub.syntax.Expr;
import gosub.syntax.Pos;
import gosub.syntax.Stmt;
import gosub.types.Info;
import gosub.types.Obj;
import gosub.types.Subst;
import gosub.types.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Compiles checked packages into a Program: globals get slots, functions get FuncCode. */
public final class Compiler {
    final Info info;
    final Natives natives;
    final String fileName;
    /** Compiled functions, per type arguments for generic ones. */
    private final Map<Obj.Func, Map<String, FuncCode>> codes = new IdentityHashMap<>();
    private final List<Runnable> pending = new ArrayList<>();
    final MethodTable methods;
    private int globals;
    /** Errors found while compiling (natives gosub lacks, unsupported statements). */
    final List<String> errors = new ArrayList<>();
    String currentFile;

    public Compiler(Info info, Natives natives, String fileName) {
        this.info = info;
        this.natives = natives;
        this.fileName = fileName;
        this.methods = new MethodTable(this::methodCode);
    }

    public List<String> errors() {
        return errors;
    }

    void error(Pos pos, String msg) {
        errors.add(currentFile + ":" + pos.line() + ":" + pos.col() + ": " + msg);
    }

    public Program compile() {
        // Globals of every package get slots before any code refers to them.
        for (Info.Checked c : info.packages) {
            for (Decl d : c.file().decls()) {
                if (d instanceof Decl.Var v) {
                    for (Decl.ValueSpec s : v.specs()) {
                        for (Expr.Ident n : s.names()) {
                            if (info.objects.get(n) instanceof Obj.Var var) var.slot = globals++;
                        }
                    }
                }
            }
        }
        FuncCode init = new FuncCode("main.init");
        FuncCompiler initFc = new FuncCompiler(this, null, init, init, Map.of());
        List<StmtNode> initStmts = new ArrayList<>();
        FuncCode main = null;
        for (Info.Checked c : info.packages) {
            currentFile = c.file().name();
            for (Decl.ValueSpec s : info.initOrder.getOrDefault(c.pkg().path, List.of())) {
                initStmts.add(initFc.stmts.globalInit(s));
            }
            for (Decl d : c.file().decls()) {
                if (d instanceof Decl.Func f && f.recv() == null && f.name().name().equals("init")) {
                    FuncCode ic = compileFunc(f, c.pkg().path + ".init");
                    initStmts.add(new Control.Eval(new Calls.Static(f.pos(), ic, new ExprNode[0], false)));
                }
            }
            if (c.pkg().path.equals("main")) {
                Obj o = c.pkg().scope.lookupLocal("main");
                if (o instanceof Obj.Func mf) main = codeOf(mf, List.of());
            }
        }
        currentFile = fileName;
        drain();
        compiled = true;
        init.body = new Control.Block(initStmts.toArray(new StmtNode[0]));
        init.slots = initFc.nextSlot;
        init.prims = initFc.nextPrim;
        init.paramCells = new boolean[0];
        return new Program(init, main, globals, methods, fileName);
    }

    /** Set once compile() is done: later requests (interface dispatch) compile at once. */
    private boolean compiled;

    private void drain() {
        while (!pending.isEmpty()) pending.remove(pending.size() - 1).run();
    }

    /** The code of a declared function or method, compiling it on first use. */
    public synchronized FuncCode codeOf(Obj.Func f, List<Type> typeArgs) {
        FuncCode c = lookupOrQueue(f, typeArgs);
        if (compiled) drain();
        return c;
    }

    /** The code of method m for a receiver whose base type is recv (a generic instance or not). */
    public FuncCode methodCode(Obj.Func m, Type recv) {
        Type base = recv instanceof Type.Pointer p ? p.elem : recv;
        List<Type> args = base instanceof Type.Named n && n.origin != null && m.recvNamed == n.origin ? n.typeArgs : List.of();
        return codeOf(m, args);
    }

    private FuncCode lookupOrQueue(Obj.Func f, List<Type> typeArgs) {
        String key = typeArgs.isEmpty() ? "" : String.join(",", typeArgs.stream().map(t -> gosub.types.TypeNames.of(t, true)).toList());
        Map<String, FuncCode> byArgs = codes.computeIfAbsent(f, k -> new java.util.HashMap<>());
        FuncCode c = byArgs.get(key);
        if (c != null) return c;
        String name = f.fullName() + (typeArgs.isEmpty() ? "" : "[...]");
        if (f.decl == null) {
            c = new FuncCode(name);
            byArgs.put(key, c);
            NativeFn n = natives.lookup(f.fullName());
            if (n == null) errors.add("gosub: gosub does not provide " + f.fullName());
            c.nativeFn = n;
            return c;
        }
        Decl.Func d = (Decl.Func) f.decl;
        c = new FuncCode(name);
        byArgs.put(key, c);
        FuncCode code = c;
        String file = currentFile;
        List<Type.TypeParam> params = f.recvNamed != null ? f.recvNamed.typeParams : f.sig().typeParams;
        Map<Type.TypeParam, Type> subst = Subst.map(params, typeArgs);
        pending.add(() -> {
            String saved = currentFile;
            currentFile = file;
            fill(code, d, f, subst);
            currentFile = saved;
        });
        return c;
    }

    private FuncCode compileFunc(Decl.Func d, String name) {
        FuncCode c = new FuncCode(name);
        Obj.Func f = info.funcs.get(d);
        String file = currentFile;
        pending.add(() -> {
            String saved = currentFile;
            currentFile = file;
            fill(c, d, f, Map.of());
            currentFile = saved;
        });
        return c;
    }

    private void fill(FuncCode c, Decl.Func d, Obj.Func f, Map<Type.TypeParam, Type> subst) {
        info.ensureChecked(d);
        c.line = d.pos().line();
        if (!d.hasBody()) {
            NativeFn n = natives.lookup(f.fullName());
            if (n == null) errors.add("gosub: gosub does not provide " + f.fullName());
            c.nativeFn = n;
            return;
        }
        FuncCompiler fc = new FuncCompiler(this, null, d, c, subst);
        List<Expr.Ident> params = new ArrayList<>();
        if (d.recv() != null) {
            params.add(d.recv().names().isEmpty() ? null : d.recv().names().get(0));
        }
        for (Expr.Field p : d.type().params()) {
            if (p.names().isEmpty()) params.add(null);
            else params.addAll(p.names());
        }
        fc.stmts.functionBody(params, d.type().results(), f.sig(), d.body());
    }

    /** Compiles a function literal; the enclosing compiler builds the closure. */
    FuncCode funcLit(FuncCompiler outer, Expr.FuncLit lit, String name) {
        FuncCode c = new FuncCode(name);
        c.line = lit.pos().line();
        FuncCompiler fc = new FuncCompiler(this, outer, lit, c, outer.subst);
        List<Expr.Ident> params = new ArrayList<>();
        for (Expr.Field p : lit.type().params()) {
            if (p.names().isEmpty()) params.add(null);
            else params.addAll(p.names());
        }
        fc.stmts.functionBody(params, lit.type().results(), info.funcLits.get(lit), lit.body());
        lastLiteral = fc;
        return c;
    }

    /** The compiler of the literal just compiled (so the caller can read its captures). */
    FuncCompiler lastLiteral;

    static boolean containsDefer(Stmt.Block b) {
        return DeferScan.contains(b);
    }
}
