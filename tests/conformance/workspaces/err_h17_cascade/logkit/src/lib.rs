pub static PREFIX: &str = "[srv]";

pub fn line(level: u8, msg: &str) {
    let tag = match level {
        0 => "debug",
        1 => "info",
        _ => "warn",
    };
    let width = 8;
    println!("{} {}: {}", PREFIX, tag, msg);
}

fn unused_formatter() {}
