fn id(cmd: &str) -> u8 {
    match cmd {
        "start" => 1,
        "stop" => 2,
    }
}
fn main() {
    println!("{}", id("stop"));
}
