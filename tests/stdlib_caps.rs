//! File and environment access from the stdlib follows the VM's
//! capabilities: with them off, scripts get PermissionError.

use weft::Vm;

/// The default sandbox: no files, no environment.
fn run_without_caps(src: &str) -> String {
    let mut vm = Vm::builder().capture_output().build();
    let _ = vm.run_main(src, "caps.py");
    vm.flush();
    vm.take_stdout()
}

#[test]
fn files_and_environment_are_refused() {
    let src = r#"
import os
for f in [lambda: open("x.txt"), lambda: os.listdir("."), lambda: os.getcwd(),
          lambda: os.path.getsize("x"), lambda: os.environ["HOME"], lambda: os.getenv("HOME")]:
    try:
        f()
        print("allowed")
    except PermissionError:
        print("PermissionError")
print(os.path.join("a", "b"), os.path.exists("anything"))
"#;
    let out = run_without_caps(src);
    assert_eq!(
        out,
        "PermissionError\nPermissionError\nPermissionError\nPermissionError\nPermissionError\nPermissionError\na/b False\n"
    );
}
