// An enum variant reached through a misspelled enum name and through a module that is not declared.
#[derive(Debug, Clone, Copy)]
enum Level {
    Debug,
    Info,
    Error,
}

fn threshold() -> Level {
    Levle::Info
}

fn main() {
    let l = threshold();
    let e = Level::Error;
    let d = Level::Debug;
    println!("{:?} {:?} {:?} {}", l, e, d, logging::enabled());
}
