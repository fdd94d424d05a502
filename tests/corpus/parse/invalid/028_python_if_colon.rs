fn classify(temp: f64) -> &'static str {
    if temp < 0.0:
        return "freezing";
    "ok"
}

fn main() {
    println!("{}", classify(-3.0));
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Quiet,
    Verbose,
}

fn mode_from_flag(verbose: bool) -> Mode {
    if verbose { Mode::Verbose } else { Mode::Quiet }
}
