// lints: unreachable_patterns
fn color_code(name: &str) -> u32 {
    match name {
        "red" => 0xFF0000,
        "green" => 0x00FF00,
        "blue" => 0x0000FF,
        "red" => 0xEE0000,
        _ => 0,
    }
}

fn main() {
    let names = ["red", "blue", "cyan"];
    for n in names {
        println!("{:06X}", color_code(n));
    }
}
