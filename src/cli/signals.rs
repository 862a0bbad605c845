//! SIGINT on the command line: Ctrl-C raises KeyboardInterrupt in the
//! running script, and a script that does not catch it ends the process
//! the way CPython's does, by dying of SIGINT.

extern "C" fn on_sigint(_: libc::c_int) {
    weft::tools::deliver_sigint();
}

/// Route SIGINT to the VMs that watch it, unless the process started with
/// SIGINT ignored (a background job of a non-interactive shell): CPython
/// leaves an ignored SIGINT ignored, so `kill -INT` does nothing there.
pub fn install_sigint_handler() {
    // SAFETY: sigaction with a null new action only reads the current
    // disposition into `old`; the handler installed after only stores to
    // an atomic, which is async-signal-safe.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) != 0 {
            return;
        }
        if old.sa_sigaction == libc::SIG_IGN {
            return;
        }
        libc::signal(
            libc::SIGINT,
            on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
}

/// End the process by SIGINT, as CPython does after an uncaught
/// KeyboardInterrupt (the shell sees "killed by SIGINT", status 130, and
/// stops a script it was running). Returns only if the signal could not
/// end the process; the caller then exits with 130.
pub fn die_of_sigint() {
    // SAFETY: restoring the default action and raising the signal on the
    // calling thread (raise() is thread-directed, so the default action
    // runs before it returns); output was flushed by the caller.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
}
