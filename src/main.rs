//! The `weft` command line. A host like any other: it uses only the public API.

use std::io::IsTerminal;
use std::process::ExitCode;

use weft::Vm;

mod cli;

/// What CPython prints after a command-line mistake (status 2).
fn short_usage() -> &'static str {
    "usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
     Try `weft -h' for more information.\n"
}

/// An option that needs an argument came last.
fn argument_expected(option: &str) -> ExitCode {
    eprint!(
        "Argument expected for the {} option\n{}",
        option,
        short_usage()
    );
    ExitCode::from(2)
}

fn usage() -> &'static str {
    "usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
     Options:\n\
     \x20 -c cmd        program passed in as string\n\
     \x20 -m mod        run library module as a script\n\
     \x20 -i            inspect interactively after running script\n\
     \x20 --virtual-time  run event loops on a simulated clock\n\
     \x20 --snapshot-on-idle FILE  when the event loop next waits only for timers\n\
     \x20                more than --idle-threshold seconds (default 1) away,\n\
     \x20                save the program to FILE and exit\n\
     \x20 --snapshot-after N FILE  save to FILE at the end of loop iteration N and exit\n\
     \x20 --resume FILE  continue a program saved with --snapshot-on-idle\n\
     \x20 --check FILE  parse FILE and report syntax errors only\n\
     \x20 --ast FILE    print the syntax tree of FILE\n\
     \x20 --dis FILE    print the bytecode of FILE\n\
     \x20 --version     print the version and exit\n\
     \x20 -h, --help    print this help and exit\n"
}

/// The command line's VM: every capability, native re-entry bounded only
/// by the recursion limit (the interpreter thread has a big stack), and
/// Ctrl-C raising KeyboardInterrupt in running code.
fn cli_vm() -> Vm {
    // Every capability but ending the process from inside a call: the
    // command line turns SystemExit into its exit status itself, after
    // flushing and tearing down as CPython does at exit.
    Vm::builder()
        .allow_files()
        .allow_env()
        .allow_stdin()
        .native_depth(1_000_000)
        .watch_sigint()
        .virtual_time(VIRTUAL_TIME.load(std::sync::atomic::Ordering::Relaxed))
        .build()
}

/// The exit status of a finished main program; an uncaught
/// KeyboardInterrupt ends the process by SIGINT, as in CPython.
fn exit_with(vm: Vm, status: ExitCode) -> ExitCode {
    let interrupted = vm.main_interrupted();
    drop(vm);
    if interrupted {
        cli::signals::die_of_sigint();
    }
    status
}

fn run(source: &str, filename: &str, argv: Vec<String>, script_dir: Option<String>) -> ExitCode {
    let mut vm = cli_vm();
    vm.set_argv(argv, script_dir);
    arm_snapshot(&mut vm);
    let code = vm.run_main(source, filename);
    let status = finish_snapshot(&mut vm, code);
    exit_with(vm, status)
}

/// `--snapshot-on-idle FILE` and `--idle-threshold S`, taken from the
/// command line before the script's own arguments.
struct SnapshotOptions {
    file: Option<String>,
    threshold: f64,
    /// `--snapshot-after N FILE`: at the end of loop iteration N instead.
    after: Option<u64>,
}

static SNAPSHOT: std::sync::Mutex<SnapshotOptions> = std::sync::Mutex::new(SnapshotOptions {
    file: None,
    threshold: 1.0,
    after: None,
});

fn arm_snapshot(vm: &mut Vm) {
    let opts = SNAPSHOT
        .lock()
        .map(|o| (o.file.is_some(), o.threshold, o.after));
    match opts {
        Ok((true, _, Some(n))) => vm.suspend_every(Some(n)),
        Ok((true, t, None)) => {
            vm.suspend_when_idle(Some(std::time::Duration::from_secs_f64(t.max(0.0))))
        }
        _ => {}
    }
}

/// Write the snapshot a suspended program left, or report why none was
/// taken; the exit status is the program's otherwise.
fn finish_snapshot(vm: &mut Vm, code: i32) -> ExitCode {
    if let Some(bytes) = vm.take_snapshot() {
        let file = SNAPSHOT.lock().ok().and_then(|o| o.file.clone());
        if let Some(file) = file {
            if let Err(e) = std::fs::write(&file, bytes) {
                eprintln!("weft: can't write snapshot '{}': {}", file, e);
                return ExitCode::from(1);
            }
        }
        return ExitCode::SUCCESS;
    }
    if let Some(e) = vm.suspend_error() {
        eprintln!("weft: no snapshot taken: {}", e);
    }
    ExitCode::from(code.clamp(0, 255) as u8)
}

fn resume(path: &str) -> ExitCode {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("weft: can't open snapshot '{}': {}", path, e);
            return ExitCode::from(2);
        }
    };
    let mut vm = cli_vm();
    if let Err(e) = vm.load_snapshot(&bytes) {
        eprintln!("weft: can't resume '{}': {}", path, e.message());
        return ExitCode::from(1);
    }
    if !vm.is_suspended() {
        eprintln!("weft: '{}' holds no suspended program", path);
        return ExitCode::from(1);
    }
    arm_snapshot(&mut vm);
    let code = vm.resume_main();
    let status = finish_snapshot(&mut vm, code);
    exit_with(vm, status)
}

/// Set by `--virtual-time`, read when the interpreter is created.
static VIRTUAL_TIME: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn real_main() -> ExitCode {
    cli::signals::install_sigint_handler();
    // Arguments that are not UTF-8 reach the script with U+FFFD (CPython
    // would give it surrogate escapes); the program itself is read from
    // the exact bytes.
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut args: Vec<String> = raw
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    loop {
        match args.get(1).map(String::as_str) {
            Some("--virtual-time") => {
                args.remove(1);
                VIRTUAL_TIME.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            Some("--snapshot-after") if args.len() > 3 => {
                let n = args.remove(2);
                let file = args.remove(2);
                args.remove(1);
                let Ok(mut o) = SNAPSHOT.lock() else { break };
                match n.parse::<u64>() {
                    Ok(n) if n > 0 => o.after = Some(n),
                    _ => {
                        eprintln!("weft: --snapshot-after needs a positive iteration count");
                        return ExitCode::from(2);
                    }
                }
                o.file = Some(file);
            }
            Some(flag @ ("--snapshot-on-idle" | "--idle-threshold")) if args.len() > 2 => {
                let flag = flag.to_string();
                let value = args.remove(2);
                args.remove(1);
                let Ok(mut o) = SNAPSHOT.lock() else { break };
                if flag == "--snapshot-on-idle" {
                    o.file = Some(value);
                } else {
                    match value.parse::<f64>() {
                        Ok(t) if t.is_finite() && t >= 0.0 => o.threshold = t,
                        _ => {
                            eprintln!("weft: --idle-threshold needs a number of seconds");
                            return ExitCode::from(2);
                        }
                    }
                }
            }
            _ => break,
        }
    }
    // The options above were taken from the front: args[i] is raw[i + skip].
    let skip = raw.len() - args.len();
    let raw_arg = |i: usize| raw.get(i + skip).map(|a| a.as_os_str());
    match args.get(1).map(String::as_str) {
        Some("--version") | Some("-V") => {
            println!("weft {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("--resume") => match args.get(2) {
            Some(path) => resume(path),
            None => argument_expected("--resume"),
        },
        Some("-h") | Some("--help") => {
            print!("{}", usage());
            ExitCode::SUCCESS
        }
        Some(flag @ ("--check" | "--ast" | "--dis")) => {
            let (Some(path), Some(raw_path)) = (args.get(2), raw_arg(2)) else {
                return argument_expected(flag);
            };
            let source = match cli::source::from_path(raw_path) {
                Ok(s) => s.source,
                Err(code) => return code,
            };
            let result = match flag {
                "--ast" => weft::tools::dump_ast(&source, path),
                "--dis" => weft::tools::disassemble(&source, path),
                _ => weft::tools::check(&source, path).map(|()| String::new()),
            };
            match result {
                Ok(text) => {
                    print!("{}", text);
                    ExitCode::SUCCESS
                }
                Err(text) => {
                    eprint!("{}", text);
                    ExitCode::from(1)
                }
            }
        }
        Some("-c") => {
            let Some(command) = raw_arg(2) else {
                return argument_expected("-c");
            };
            let code = match cli::source::from_command(command) {
                Ok(c) => c,
                Err(status) => return status,
            };
            let mut argv = vec!["-c".to_string()];
            argv.extend(args[3..].iter().cloned());
            run(&code, "<string>", argv, Some(String::new()))
        }
        Some("-m") => {
            let Some(module) = args.get(2) else {
                return argument_expected("-m");
            };
            let mut argv = vec!["-m".to_string()];
            argv.extend(args[3..].iter().cloned());
            // As CPython: the current directory, made absolute, comes first.
            let cwd = std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut vm = cli_vm();
            vm.set_argv(argv, Some(cwd));
            arm_snapshot(&mut vm);
            let code = vm.run_module(module);
            let status = finish_snapshot(&mut vm, code);
            exit_with(vm, status)
        }
        Some("-") => {
            let src = match cli::source::from_stdin() {
                Ok(s) => s,
                Err(status) => return status,
            };
            let mut argv = vec!["-".to_string()];
            argv.extend(args[2..].iter().cloned());
            run(&src, "<stdin>", argv, Some(String::new()))
        }
        Some(path) if !path.starts_with('-') => {
            let script = match raw_arg(1).map(cli::source::from_path) {
                Some(Ok(s)) => s,
                Some(Err(status)) => return status,
                None => return ExitCode::from(2),
            };
            run(
                &script.source,
                &script.file,
                args[1..].to_vec(),
                Some(script.dir),
            )
        }
        None if std::io::stdin().is_terminal() => {
            let mut vm = cli_vm();
            vm.set_argv(vec![String::new()], Some(String::new()));
            ExitCode::from(weft::tools::run_repl(&mut vm).clamp(0, 255) as u8)
        }
        Some("-i") => {
            let Some(raw_path) = raw_arg(2) else {
                let mut vm = cli_vm();
                vm.set_argv(vec![String::new()], Some(String::new()));
                return ExitCode::from(weft::tools::run_repl(&mut vm).clamp(0, 255) as u8);
            };
            let script = match cli::source::from_path(raw_path) {
                Ok(s) => s,
                Err(status) => return status,
            };
            let mut vm = cli_vm();
            vm.set_argv(args[2..].to_vec(), Some(script.dir));
            // As in CPython, even SystemExit is reported and the session
            // goes on.
            if let Err(e) = vm.run(&script.source, &script.file) {
                vm.flush();
                eprint!("{}", e.traceback());
            }
            ExitCode::from(weft::tools::run_repl(&mut vm).clamp(0, 255) as u8)
        }
        None => {
            let src = match cli::source::from_stdin() {
                Ok(s) => s,
                Err(status) => return status,
            };
            run(&src, "<stdin>", vec![String::new()], Some(String::new()))
        }
        Some(option) => {
            match option.strip_prefix("--") {
                Some(_) => eprint!("unknown option {}\n{}", option, short_usage()),
                None => eprint!(
                    "Unknown option: {}\n{}",
                    option.chars().take(2).collect::<String>(),
                    short_usage()
                ),
            }
            ExitCode::from(2)
        }
    }
}

fn main() -> ExitCode {
    // With transparent huge pages on "always", every 2 MiB block of the
    // allocator's arena that the program touches becomes resident: a small
    // script's RSS triples and a million small objects cost a tenth more.
    // The allocator's pages are reused quickly, so THP buys no speed here.
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE only sets a flag on this process.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    // Script recursion never grows the Rust stack, but native re-entry
    // (__repr__, __eq__, sort keys) does: give the interpreter a big one.
    let child = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(real_main);
    match child {
        Ok(h) => h.join().unwrap_or(ExitCode::from(70)),
        Err(_) => real_main(),
    }
}
