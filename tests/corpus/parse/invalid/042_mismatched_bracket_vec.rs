fn main() {
    let primes = vec![2, 3, 5, 7, 11);
    let sum: i32 = primes.iter().sum();
    println!("{}", sum);
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Quiet,
    Verbose,
}

fn mode_from_flag(verbose: bool) -> Mode {
    if verbose { Mode::Verbose } else { Mode::Quiet }
}
