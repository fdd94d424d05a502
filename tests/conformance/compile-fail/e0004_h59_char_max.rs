fn plane(c: char) -> u8 {
    match c {
        '\0'..='\u{FFFF}' => 0,
        '\u{10000}'..='\u{10FFFE}' => 1,
    }
}

fn main() {
    println!("{}", plane('x'));
}
