#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A `karta` process started with `posix_spawn`, for tests that signal it or measure its memory.
///
/// Foundation's `Process` passes on the signal mask of the thread that starts it, and test threads
/// block signals, so a SIGTERM sent to such a child would wait forever. Here the child starts with
/// an empty mask and default handlers, as it does from a shell.
struct SpawnedProcess {
    let pid: pid_t

    /// Output goes to `/dev/null`; paths in `arguments` should be absolute.
    static func start(_ executable: URL, _ arguments: [String]) throws -> SpawnedProcess {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGTERM)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable.path, &actions, &attributes, argv, environ)
        guard status == 0 else { throw FixtureError("posix_spawn failed: \(String(cString: strerror(status)))") }
        return SpawnedProcess(pid: pid)
    }

    /// Whether the process has ended, without waiting (it stays a zombie until `wait()`).
    var hasEnded: Bool {
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 else { return true }
        #if os(Linux)
        return info._sifields._sigchld.si_pid == pid
        #else
        return info.si_pid == pid
        #endif
    }

    struct Ending {
        /// The exit status, or nil when a signal ended the process.
        var status: Int32?
        var signal: Int32?
        /// The largest resident size, in megabytes.
        var peakMegabytes: Int
    }

    func wait() -> Ending {
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        #if os(Linux)
        let peak = usage.ru_maxrss / 1024
        #else
        let peak = usage.ru_maxrss / 1_048_576
        #endif
        let signalled = status & 0x7F != 0 && status & 0x7F != 0x7F
        return Ending(status: signalled ? nil : (status >> 8) & 0xFF, signal: signalled ? status & 0x7F : nil, peakMegabytes: peak)
    }
}
