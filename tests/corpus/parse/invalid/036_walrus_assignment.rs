fn main() {
    let numbers = vec![3, 8, 1];
    let biggest := numbers.iter().max();
    println!("{:?}", biggest);
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Quiet,
    Verbose,
}

fn mode_from_flag(verbose: bool) -> Mode {
    if verbose { Mode::Verbose } else { Mode::Quiet }
}
