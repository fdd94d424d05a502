// Using method results with the wrong types.
fn bits_needed(n: u32) -> u8 {
    u32::BITS - n.leading_zeros()
}

fn is_even_len(s: &str) -> bool {
    s.len() % 2
}

fn overflow_flag(a: u8, b: u8) -> bool {
    a.overflowing_add(b)
}

fn signum_char(x: i32) -> char {
    match x.signum() {
        -1 => '-',
        0 => '0',
        _ => '+',
    }
}

fn main() {
    println!("{} {} {} {}", bits_needed(255), is_even_len("four"), overflow_flag(200, 100), signum_char(-3));
}
