// edition:2018
fn run(blocking: bool) -> &'static str {
    let async = !blocking;
    if async { "async" } else { "sync" }
}

fn main() {
    println!("{}", run(false));
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Quiet,
    Verbose,
}

fn mode_from_flag(verbose: bool) -> Mode {
    if verbose { Mode::Verbose } else { Mode::Quiet }
}
