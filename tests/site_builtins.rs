//! `exit`, `quit` and `help` in embedded VMs. A sandboxed VM (no
//! `allow_exit`) hands SystemExit to the host as an exit error: `exit()`
//! must come back exactly as `sys.exit()` does.

use weft::Vm;

#[test]
fn exit_and_quit_end_the_script_as_sys_exit_does() {
    let cases = [
        ("exit(3)", "import sys\nsys.exit(3)", 3),
        ("quit(None)", "raise SystemExit(None)", 0),
        ("exit('bye')", "import sys\nsys.exit('bye')", 1),
        ("quit(code=5)", "import sys\nsys.exit(5)", 5),
    ];
    for (builtin, sys_exit, code) in cases {
        let mut a = Vm::new();
        let mut b = Vm::new();
        let ea = a.run(builtin, "a.py").expect_err(builtin);
        let eb = b.run(sys_exit, "b.py").expect_err(sys_exit);
        assert_eq!(ea.exit_code(), Some(code), "{}", builtin);
        assert_eq!(ea.exit_code(), eb.exit_code(), "{}", builtin);
        assert_eq!(ea.type_name(), "SystemExit");
        assert_eq!(ea.message(), eb.message(), "{}", builtin);
    }
    // The script can catch it, as any SystemExit.
    let mut vm = Vm::new();
    vm.run(
        "try:\n    exit(2)\nexcept SystemExit as e:\n    code = e.code",
        "c.py",
    )
    .expect("caught");
    assert_eq!(vm.get_global::<i64>("code").expect("code"), 2);
}

#[test]
fn reprs_match_cpython() {
    let mut vm = Vm::new();
    assert_eq!(
        vm.eval::<String>("repr(exit)").expect("repr"),
        "Use exit() or Ctrl-D (i.e. EOF) to exit"
    );
    assert_eq!(
        vm.eval::<String>("repr(quit)").expect("repr"),
        "Use quit() or Ctrl-D (i.e. EOF) to exit"
    );
    assert_eq!(
        vm.eval::<String>("repr(help)").expect("repr"),
        "Type help() for interactive help, or help(object) for help about object."
    );
}

#[test]
fn help_writes_to_the_scripts_stdout() {
    let mut vm = Vm::builder().capture_output().build();
    vm.run(
        "def scale(x, by=2):\n    'Multiply x.'\n    return x * by\nhelp(scale)\nhelp('scale_missing')",
        "h.py",
    )
    .expect("help runs");
    assert_eq!(
        vm.take_stdout(),
        "Help on function scale in module __main__:\n\nscale(x, by=2)\n    Multiply x.\n\n\
         No Python documentation found for 'scale_missing'.\n\
         Use help() to get the interactive help utility.\n\
         Use help(str) for help on the str class.\n\n"
    );
}
