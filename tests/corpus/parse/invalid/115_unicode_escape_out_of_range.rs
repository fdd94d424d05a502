fn main() {
    let sparkle = '\u{1F496}';
    let broken = '\u{110000}';
    println!("{} {}", sparkle, broken);
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Quiet,
    Verbose,
}

fn mode_from_flag(verbose: bool) -> Mode {
    if verbose { Mode::Verbose } else { Mode::Quiet }
}
