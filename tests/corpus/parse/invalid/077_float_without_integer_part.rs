fn discount(price: f64) -> f64 {
    price * .85
}

fn main() {
    println!("{:.2}", discount(40.0));
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Quiet,
    Verbose,
}

fn mode_from_flag(verbose: bool) -> Mode {
    if verbose { Mode::Verbose } else { Mode::Quiet }
}
