//! Peak memory for the benchmarks that measure it: the process's peak resident size since
//! the last reset (Linux; elsewhere "?").

/// Starts a new peak: what the next step uses is measured from here.
pub fn reset() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The process's peak resident size in MB since the last reset, where the system says.
pub fn peak_mb() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|kb| kb.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or("?".to_owned(), |kb| format!("{:.0} MB", kb / 1024.0))
}
