pub(crate struct Registry {
    names: Vec<String>,
}

fn main() {
    let r = Registry { names: vec![] };
    println!("{}", r.names.len());
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Quiet,
    Verbose,
}

fn mode_from_flag(verbose: bool) -> Mode {
    if verbose { Mode::Verbose } else { Mode::Quiet }
}
