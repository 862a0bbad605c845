//! The embedding API: running code, globals, calls, conversions, host
//! functions, modules and types, errors, output capture.

use std::collections::HashMap;

use weft::{Data, Error, ErrorKind, Host, Value, Vm};

fn captured() -> Vm {
    Vm::builder().capture_output().build()
}

#[test]
fn captured_stdout_matches() {
    let mut vm = captured();
    vm.run("for i in range(3):\n    print(i, 'x' * i)\n", "loop.py")
        .unwrap();
    assert_eq!(vm.take_stdout(), "0 \n1 x\n2 xx\n");
    vm.run("import sys\nprint('oops', file=sys.stderr)", "e.py")
        .unwrap();
    assert_eq!(vm.take_stderr(), "oops\n");
    assert_eq!(vm.take_stdout(), "");
}

#[test]
fn stdout_callback_receives_output() {
    let seen = std::rc::Rc::new(std::cell::RefCell::new(String::new()));
    let s = seen.clone();
    let mut vm = Vm::builder()
        .stdout(move |t| s.borrow_mut().push_str(t))
        .build();
    vm.run("print('a'); print('b', end='!')", "cb.py").unwrap();
    assert_eq!(*seen.borrow(), "a\nb!");
}

#[test]
fn globals_round_trip_every_conversion() {
    let mut vm = captured();
    vm.set_global("i", 5i64).unwrap();
    vm.set_global("f", 2.5f64).unwrap();
    vm.set_global("b", true).unwrap();
    vm.set_global("s", "text").unwrap();
    vm.set_global("owned", String::from("own")).unwrap();
    vm.set_global("v", vec![1i64, 2, 3]).unwrap();
    let mut m = HashMap::new();
    m.insert("k".to_string(), 1.5f64);
    vm.set_global("m", m).unwrap();
    vm.set_global("o", Option::<i64>::None).unwrap();
    vm.set_global("t", (1i64, "two", 3.0f64)).unwrap();
    vm.set_global("u", ()).unwrap();
    vm.run(
        "print(type(i).__name__, type(f).__name__, b, s, owned, v, m, o, t, u)",
        "g.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "int float True text own [1, 2, 3] {'k': 1.5} None (1, 'two', 3.0) None\n"
    );
    assert_eq!(vm.get_global::<i64>("i").unwrap(), 5);
    assert_eq!(vm.get_global::<f64>("f").unwrap(), 2.5);
    assert!(vm.get_global::<bool>("b").unwrap());
    assert_eq!(vm.get_global::<String>("s").unwrap(), "text");
    assert_eq!(vm.get_global::<Vec<i64>>("v").unwrap(), vec![1, 2, 3]);
    assert_eq!(
        vm.get_global::<HashMap<String, f64>>("m").unwrap()["k"],
        1.5
    );
    assert_eq!(vm.get_global::<Option<i64>>("o").unwrap(), None);
    let t: (i64, String, f64) = vm.get_global("t").unwrap();
    assert_eq!(t, (1, "two".to_string(), 3.0));
    vm.get_global::<()>("u").unwrap();
    let e = vm.get_global::<i64>("s").unwrap_err();
    assert_eq!(e.type_name(), "TypeError");
    assert_eq!(e.message(), "expected int, got str");
    let e = vm.get_global::<i64>("missing").unwrap_err();
    assert_eq!(e.type_name(), "NameError");
    let e = vm.eval::<i64>("2 ** 100").unwrap_err();
    assert_eq!(e.type_name(), "OverflowError");
}

#[test]
fn dynamic_values_and_data() {
    let mut vm = captured();
    let v: Value = vm
        .eval("{'a': (1, None), 'b': [True, 'x'], 3: 4.5}")
        .unwrap();
    assert_eq!(v.type_name(), "dict");
    let d: Data = vm.convert(&v).unwrap();
    assert_eq!(
        d,
        Data::Map(vec![
            ("a".into(), Data::List(vec![Data::Int(1), Data::None])),
            (
                "b".into(),
                Data::List(vec![Data::Bool(true), Data::Str("x".into())])
            ),
            ("3".into(), Data::Float(4.5)),
        ])
    );
    vm.set_global("back", d).unwrap();
    assert_eq!(
        vm.eval::<String>("repr(back)").unwrap(),
        "{'a': [1, None], 'b': [True, 'x'], '3': 4.5}"
    );
    let obj: Value = vm.eval("object()").unwrap();
    assert!(
        matches!(vm.convert::<Data>(&obj).unwrap(), Data::Repr(r) if r.starts_with("<object object at"))
    );
}

#[test]
fn call_script_functions() {
    let mut vm = captured();
    vm.run(
        "def add(a, b):\n    return a + b\nclass P:\n    def __init__(self, n):\n        self.n = n\n    def twice(self):\n        return self.n * 2\n",
        "f.py",
    )
    .unwrap();
    assert_eq!(vm.call::<i64>("add", (2, 3)).unwrap(), 5);
    assert_eq!(vm.call::<String>("add", ("a", "b")).unwrap(), "ab");
    let add: Value = vm.get_global("add").unwrap();
    assert_eq!(
        vm.call::<Vec<i64>>(&add, (vec![1i64], vec![2i64])).unwrap(),
        vec![1, 2]
    );
    let p: Value = vm.call("P", (21,)).unwrap();
    assert_eq!(vm.call_method::<i64>(&p, "twice", ()).unwrap(), 42);
    let n = vm.get_attr(&p, "n").unwrap();
    assert_eq!(n.as_i64(), Some(21));
    let e = vm.call::<i64>("add", (1, "x")).unwrap_err();
    assert_eq!(e.type_name(), "TypeError");
    assert_eq!(
        e.message(),
        "unsupported operand type(s) for +: 'int' and 'str'"
    );
    assert!(
        e.traceback().contains("File \"f.py\", line 2, in add"),
        "{}",
        e.traceback()
    );
}

#[test]
fn errors_carry_type_message_traceback() {
    let mut vm = captured();
    let e = vm
        .run(
            "def f():\n    raise ValueError('bad thing')\nf()\n",
            "err.py",
        )
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Exception);
    assert_eq!(e.type_name(), "ValueError");
    assert_eq!(e.message(), "bad thing");
    assert_eq!(
        e.traceback(),
        "Traceback (most recent call last):\n  File \"err.py\", line 3, in <module>\n    f()\n  File \"err.py\", line 2, in f\n    raise ValueError('bad thing')\nValueError: bad thing\n"
    );
    assert_eq!(e.to_string(), "ValueError: bad thing");
    let e = vm.run("x = (1,", "syn.py").unwrap_err();
    assert_eq!(e.type_name(), "SyntaxError");
    assert!(e.traceback().contains("syn.py"), "{}", e.traceback());
    // The VM stays usable after errors.
    assert_eq!(vm.eval::<i64>("1 + 1").unwrap(), 2);
}

#[test]
fn sys_exit_returns_to_host() {
    let mut vm = captured();
    let e = vm
        .run(
            "import sys\nprint('before')\nsys.exit(3)\nprint('after')",
            "x.py",
        )
        .unwrap_err();
    assert_eq!(e.exit_code(), Some(3));
    assert_eq!(e.type_name(), "SystemExit");
    assert_eq!(vm.take_stdout(), "before\n");
    assert_eq!(vm.eval::<i64>("40 + 2").unwrap(), 42);
}

#[test]
fn register_fn_converts_and_type_checks() {
    let mut vm = captured();
    vm.register_fn("add", |a: i64, b: i64| a + b);
    vm.register_fn("greet", |name: String, excited: bool| {
        format!("hello {}{}", name, if excited { "!" } else { "" })
    });
    vm.register_fn("nothing", || ());
    vm.register_fn("maybe", |x: Option<i64>| x.map(|v| v * 2));
    vm.register_fn("fail", |msg: String| -> Result<i64, Error> {
        Err(Error::new("KeyError", msg))
    });
    vm.run(
        "print(add(2, 3), greet('bo', True), nothing(), maybe(None), maybe(4), add)\ntry:\n    fail('k')\nexcept KeyError as e:\n    print('caught', repr(e))\n",
        "h.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "5 hello bo! None None 8 <host function add>\ncaught KeyError('k')\n"
    );
    let e = vm.run("add('a', 1)", "h.py").unwrap_err();
    assert_eq!(e.type_name(), "TypeError");
    assert_eq!(e.message(), "add() argument 1: expected int, got str");
    let e = vm.run("add(1)", "h.py").unwrap_err();
    assert_eq!(e.message(), "add() takes exactly 2 arguments (1 given)");
    let e = vm.run("add(1, b=2)", "h.py").unwrap_err();
    assert_eq!(e.message(), "add() takes no keyword arguments");
    vm.run(
        "try:\n    add(1, 2, 3)\nexcept TypeError as e:\n    print('TypeError:', e)",
        "h.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "TypeError: add() takes exactly 2 arguments (3 given)\n"
    );
}

#[test]
fn host_errors_keep_script_exceptions() {
    let mut vm = captured();
    vm.run(
        "class Custom(Exception):\n    pass\ndef boom():\n    raise Custom('deep')\n",
        "c.py",
    )
    .unwrap();
    vm.register_native("relay", |vm, _args| vm.call::<Value>("boom", ()));
    vm.run(
        "try:\n    relay()\nexcept Custom as e:\n    print('same object:', type(e).__name__, e)\n",
        "c.py",
    )
    .unwrap();
    assert_eq!(vm.take_stdout(), "same object: Custom deep\n");
}

#[test]
fn native_modules_are_importable() {
    let mut vm = captured();
    vm.module("hostmath")
        .function("hyp", |a: f64, b: f64| (a * a + b * b).sqrt())
        .constant("NAME", "hm")
        .native("count", |vm, args| vm.to_value(args.len() as i64));
    vm.run("import hostmath\nfrom hostmath import hyp\nprint(hyp(3, 4), hostmath.NAME, hostmath.count(1, 2, 3))", "m.py").unwrap();
    assert_eq!(vm.take_stdout(), "5.0 hm 3\n");
}

struct Account {
    balance: i64,
    log: Vec<String>,
}

#[test]
fn host_types_with_methods() {
    let mut vm = captured();
    vm.register_type::<Account>("Account")
        .constructor(|start: i64| {
            Host(Account {
                balance: start,
                log: Vec::new(),
            })
        })
        .method("deposit", |a: &mut Account, n: i64| {
            a.balance += n;
            a.log.push(format!("+{}", n));
            a.balance
        })
        .method("withdraw", |a: &mut Account, n: i64| {
            if n > a.balance {
                return Err(Error::new("ValueError", "insufficient funds"));
            }
            a.balance -= n;
            Ok(a.balance)
        })
        .getter("balance", |a: &mut Account| a.balance);
    vm.run(
        "acct = Account(10)\nacct.deposit(5)\nprint(acct.balance, type(acct).__name__, isinstance(acct, Account))\ntry:\n    acct.withdraw(100)\nexcept ValueError as e:\n    print('refused:', e)\nm = acct.deposit\nprint(m(1))\n",
        "a.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "15 Account True\nrefused: insufficient funds\n16\n"
    );
    let acct: Value = vm.get_global("acct").unwrap();
    let log = vm
        .with_object(&acct, |a: &mut Account| a.log.clone())
        .unwrap();
    assert_eq!(log, vec!["+5", "+1"]);
    let made = vm
        .wrap(Account {
            balance: 99,
            log: vec![],
        })
        .unwrap();
    vm.set_global("other", made).unwrap();
    assert_eq!(vm.eval::<i64>("other.balance").unwrap(), 99);
    let e = vm.run("acct.deposit('x')", "a.py").unwrap_err();
    assert_eq!(
        e.message(),
        "Account.deposit() argument 1: expected int, got str"
    );
}

#[test]
fn eval_and_run_file() {
    let dir = std::env::temp_dir().join(format!("weft_embed_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("prog.py");
    std::fs::write(&file, "total = sum(range(10))\n").unwrap();
    let mut vm = captured();
    vm.run_file(&file).unwrap();
    assert_eq!(vm.get_global::<i64>("total").unwrap(), 45);
    assert_eq!(vm.eval::<String>("'%d!' % total").unwrap(), "45!");
    let e = vm.run_file(dir.join("missing.py")).unwrap_err();
    assert_eq!(e.type_name(), "FileNotFoundError");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn module_search_paths_work_in_the_sandbox() {
    let dir = std::env::temp_dir().join(format!("weft_paths_{}", std::process::id()));
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("helper.py"), "def f():\n    return 'helped'\n").unwrap();
    std::fs::write(dir.join("pkg/__init__.py"), "from .inner import VALUE\n").unwrap();
    std::fs::write(dir.join("pkg/inner.py"), "VALUE = 7\n").unwrap();
    let mut vm = Vm::builder()
        .capture_output()
        .module_path(dir.to_string_lossy())
        .build();
    vm.run("import helper, pkg\nprint(helper.f(), pkg.VALUE)", "p.py")
        .unwrap();
    assert_eq!(vm.take_stdout(), "helped 7\n");
    // Without the path, the module is not found.
    let mut plain = captured();
    let e = plain.run("import helper", "p.py").unwrap_err();
    assert_eq!(e.type_name(), "ModuleNotFoundError");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn allowed_native_modules() {
    let mut vm = Vm::builder()
        .capture_output()
        .allow_native_modules(&["math"])
        .build();
    vm.run("import math\nprint(math.floor(2.5))", "m.py")
        .unwrap();
    assert_eq!(vm.take_stdout(), "2\n");
    let e = vm.run("import time", "m.py").unwrap_err();
    assert_eq!(e.type_name(), "ModuleNotFoundError");
}

#[test]
fn recursion_limit_is_configurable() {
    let mut vm = Vm::builder().capture_output().recursion_limit(50).build();
    vm.run(
        "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\n",
        "r.py",
    )
    .unwrap();
    assert_eq!(vm.call::<i64>("d", (30,)).unwrap(), 30);
    let e = vm.call::<i64>("d", (100,)).unwrap_err();
    assert_eq!(e.type_name(), "RecursionError");
}

#[test]
fn deep_native_reentry_is_an_error_not_a_crash() {
    // Runs on a test thread (2 MB stack): repr recursion re-enters natively.
    let mut vm = captured();
    let e = vm
        .run(
            "class A:\n    def __repr__(self):\n        return repr(A())\nrepr(A())",
            "deep.py",
        )
        .unwrap_err();
    assert_eq!(e.type_name(), "RecursionError");
}

#[test]
fn panics_in_host_functions_stop_at_the_boundary() {
    let mut vm = captured();
    vm.register_fn("explode", || -> i64 { panic!("host bug") });
    let e = vm.run("explode()", "p.py").unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Internal);
    assert!(e.message().contains("host bug"));
    assert_eq!(vm.eval::<i64>("3").unwrap(), 3);
}
