// Environment variables, process exit codes, and std::process::Command usage.
use std::env;
use std::process::{Command, ExitCode, Stdio};

fn env_flag(name: &str) -> bool {
    matches!(env::var(name).as_deref(), Ok("1" | "true" | "yes"))
}

fn env_number<T: std::str::FromStr>(name: &str, default: T) -> T {
    env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn run(program: &str, args: &[&str]) -> Result<String, String> {
    let output = Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("failed to start {program}: {e}"))?;
    if !output.status.success() {
        return Err(format!("{program} exited with {:?}", output.status.code()));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim_end().to_string())
}

fn main() -> ExitCode {
    let verbose = env_flag("VERBOSE");
    let retries: u32 = env_number("RETRIES", 3);
    if verbose {
        for (k, v) in env::vars().filter(|(k, _)| k.starts_with("CARGO")) {
            eprintln!("{k}={v}");
        }
    }
    println!("retries={retries} cwd={:?}", env::current_dir().ok());
    match run("echo", &["hello", "from", "child"]) {
        Ok(out) => println!("{out}"),
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    }
    if env::args().any(|a| a == "--fail") {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
