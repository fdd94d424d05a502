#[derive(Debug, Clone, Copy)]
enum Signal {
    Green,
    Amber,
    Red,
}

fn wait_secs(s: Signal) -> u32 {
    match s {
        Signal::Green => 0,
        "amber" => 3,
    }
}

fn main() {
    println!("{}", wait_secs(Signal::Red));
    let _ = Signal::Amber;
}
