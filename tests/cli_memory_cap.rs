//! The command line under an operating-system memory cap (RLIMIT_AS):
//! allocations the system cannot give end in MemoryError, as in CPython,
//! never in an abort.

use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

const CAP: u64 = 1 << 30;

fn run_capped(src: &str) -> (Option<i32>, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weft"));
    cmd.args(["-c", src])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: setrlimit is async-signal-safe and touches no memory of the
    // parent; the closure allocates nothing.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: CAP,
                rlim_max: CAP,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().expect("weft runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn oversized_requests_are_memory_errors() {
    for bomb in [
        "[0] * 10**9",
        "(0,) * 10**9",
        "list(range(10**9))",
        "set(range(10**9))",
        "sorted(range(10**9, 0, -1))",
        "'a' * 2**33",
        "b'a' * 2**33",
        "'a'.ljust(2**33)",
        "'1'.zfill(2**33)",
        "'%*s' % (2**33, 'a')",
        "bytes(2**33)",
        "' '.join(['x' * 10**6] * 10**4)",
    ] {
        let (status, _, err) = run_capped(&format!("x = {}\n", bomb));
        assert_eq!(status, Some(1), "{}: {}", bomb, err);
        assert!(err.ends_with("MemoryError\n"), "{}: {}", bomb, err);
    }
}

#[test]
fn containers_growing_past_the_cap_are_memory_errors() {
    for src in [
        "x = []\nwhile True:\n    x.append(0)\n",
        "x = [0 for _ in range(10**10)]\n",
        "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n",
        "s = set()\ni = 0\nwhile True:\n    s.add(i)\n    i += 1\n",
        "x = {i for i in range(10**10)}\n",
        "x = list(map(int, range(10**10)))\n",
        "x = []\nwhile True:\n    x.extend(range(10000))\n",
        "s = 'ab'\nwhile True:\n    s = s + s\n",
        "s = b'ab'\nwhile True:\n    s += s\n",
    ] {
        let (status, _, err) = run_capped(src);
        assert_eq!(status, Some(1), "{}: {}", src, err);
        assert!(err.ends_with("MemoryError\n"), "{}: {}", src, err);
    }
}

#[test]
fn a_memory_error_can_be_caught_and_the_program_goes_on() {
    let (status, out, err) = run_capped(
        "try:\n    x = [0] * 10**9\nexcept MemoryError:\n    print('caught')\nxs = [1, 2, 3]\nprint(sum(xs))\n",
    );
    assert_eq!(status, Some(0), "{}", err);
    assert_eq!(out, "caught\n6\n");
}

#[test]
fn json_past_the_cap_is_a_memory_error() {
    for src in [
        "import json\nx = json.dumps(['x' * 10**6] * 3000)\n",
        "import json\na = []\nfor i in range(500):\n    a = [a]\nx = json.dumps(a, indent=' ' * 10**6)\n",
        "import json\nx = json.loads('[' + '{},' * 10**8 + '0]')\n",
    ] {
        let (status, _, err) = run_capped(src);
        assert_eq!(status, Some(1), "{}: {}", src, err);
        assert!(err.ends_with("MemoryError\n"), "{}: {}", src, err);
    }
}
