// A module name used as if it were a value, and a struct name called like a function.
mod config {
    pub const RETRIES: u32 = 3;
}

struct Limits {
    max: u32,
}

fn main() {
    let c = config;
    let l = Limits(10);
    println!("{} {}", config::RETRIES, l.max);
    let _ = c;
}
