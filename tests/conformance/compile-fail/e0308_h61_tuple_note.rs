// returning a tuple with the wrong element type
fn parse_flag(code: u8) -> (char, u8) {
    let letter = (b'a' + code) as char;
    let enabled = code % 2 == 0;
    (letter, enabled)
}

fn main() {
    for c in 0..4u8 {
        let (l, e) = parse_flag(c);
        println!("{} -> {}", l, e);
    }
}
