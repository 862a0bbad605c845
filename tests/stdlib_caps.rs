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

/// The file-system primitives behind os, pathlib, shutil, tempfile and
/// glob are refused as open() is; pure path computation still works.
#[test]
fn file_system_primitives_are_refused() {
    let src = r#"
import os, pathlib, shutil, tempfile, glob
P = pathlib.Path("x")
calls = [lambda: os.stat("."), lambda: os.lstat("."), lambda: os.scandir("."), lambda: os.listdir(),
         lambda: os.mkdir("d"), lambda: os.rename("a", "b"), lambda: os.symlink("a", "b"),
         lambda: os.readlink("a"), lambda: os.chmod("a", 0o600), lambda: os.utime("a"),
         lambda: os.access(".", os.R_OK), lambda: os.open("a", os.O_RDONLY), lambda: os.close(0),
         lambda: os.statvfs("."), lambda: os.chdir("/"), lambda: os.truncate("a", 0),
         lambda: P.stat(), lambda: P.exists(), lambda: P.is_dir(), lambda: P.read_text(),
         lambda: list(P.iterdir()), lambda: P.touch(), lambda: pathlib.Path.cwd(),
         lambda: tempfile.mkdtemp(dir="/tmp"), lambda: tempfile.gettempdir(),
         lambda: shutil.copyfile("a", "b"), lambda: shutil.rmtree("/tmp/x"),
         lambda: list(P.glob("*")), lambda: __import__("pwd").getpwuid(0)]
print(sum(1 for f in calls if refused(f)), len(calls))
print(glob.glob("*"), os.path.exists("."), os.path.isdir("."))
print(pathlib.PurePath("a/b.txt").with_suffix(".py"), (P / "y").parts, len(os.urandom(4)))
"#;
    let prelude = "def refused(f):\n    try:\n        f()\n    except PermissionError:\n        return True\n    return False\n";
    let mut vm = Vm::builder().capture_output().build();
    let _ = vm.run_main(&format!("{}{}", prelude, src), "caps.py");
    vm.flush();
    let out = vm.take_stdout();
    assert_eq!(
        out,
        "29 29\n[] False False\na/b.py ('x', 'y') 4\n",
        "{}",
        vm.take_stderr()
    );
}

/// With file access granted, the same calls reach the file system.
#[test]
fn file_system_primitives_work_with_files_allowed() {
    let mut vm = Vm::builder().capture_output().allow_files().build();
    let src = r#"
import os, pathlib, shutil, tempfile
d = pathlib.Path(tempfile.mkdtemp())
(d / "a.txt").write_text("hi")
os.symlink("a.txt", d / "ln")
print(sorted(p.name for p in d.iterdir()), (d / "ln").read_text(), os.stat(d / "a.txt").st_size)
shutil.rmtree(d)
print(d.exists())
"#;
    let status = vm.run_main(src, "fs.py");
    vm.flush();
    assert_eq!(status, 0, "{}", vm.take_stderr());
    assert_eq!(vm.take_stdout(), "['a.txt', 'ln'] hi 2\nFalse\n");
}

/// A snapshot restores `os` without re-running it: stat results and
/// directory entries still come out as os.stat_result and os.DirEntry.
#[test]
fn stat_results_after_a_snapshot_restore() {
    let mut a = Vm::builder().capture_output().allow_files().build();
    a.run("import os\nfirst = os.stat('.')\n", "a.py").unwrap();
    let bytes = a.snapshot().unwrap();
    let mut b = Vm::builder()
        .capture_output()
        .allow_files()
        .restore(&bytes)
        .expect("restore");
    b.run(
        "s = os.stat('.')\nprint(type(s).__name__, s.st_mode == first.st_mode, type(next(iter(os.scandir('/')))).__name__)\n",
        "b.py",
    )
    .unwrap();
    b.flush();
    assert_eq!(b.take_stdout(), "stat_result True DirEntry\n");
}
