// edition:2021
fn scale(value: f64, factor) -> f64 {
    value * factor
}

fn main() {
    println!("{}", scale(2.0, 1.5));
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Quiet,
    Verbose,
}

fn mode_from_flag(verbose: bool) -> Mode {
    if verbose { Mode::Verbose } else { Mode::Quiet }
}
