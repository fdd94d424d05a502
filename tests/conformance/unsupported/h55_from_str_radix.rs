// Parsing a hex colour: from_str_radix returns Result (L2).
fn parse_hex(s: &str) -> u32 {
    u32::from_str_radix(s, 16).unwrap_or(0)
}

fn channel(rgb: u32, shift: u32) -> u8 {
    ((rgb >> shift) & 0xff) as u8
}

fn main() {
    let c = parse_hex("ff8800");
    println!("{} {} {}", channel(c, 16), channel(c, 8), channel(c, 0));
    let n = i64::from_str_radix("-101", 2);
    println!("{:?}", n);
}
