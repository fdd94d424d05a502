const MAX_CONNECTIONS = 128;
const TIMEOUT_SECS: u64 = 30;

fn can_accept(open: usize) -> bool {
    open < MAX_CONNECTIONS
}

fn main() {
    println!("{} {}", can_accept(10), TIMEOUT_SECS);
}
