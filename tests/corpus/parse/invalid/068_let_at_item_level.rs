use std::time::Duration;

let DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

fn main() {
    println!("{:?}", Duration::from_millis(10));
}
