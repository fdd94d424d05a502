// Two lets on one line without separator, plus a missing `;` before `}` in a let-else.
fn parse_digit(c: char) -> u32 {
    let base = 10 let offset = '0' as u32;
    let v = c as u32 - offset;
    if v < base { v } else { 0 }
}

fn main() {
    println!("{}", parse_digit('7'));
}
