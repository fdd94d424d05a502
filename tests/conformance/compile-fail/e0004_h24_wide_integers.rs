// Size classes for file lengths and offsets using wide and pointer-sized integers.
fn size_class(len: usize) -> u8 {
    match len {
        0 => 0,
        1..=4095 => 1,
        4096..=usize::MAX => 2,
    }
}

fn offset_sign(off: isize) -> i8 {
    match off {
        isize::MIN..=-1 => -1,
        0 => 0,
        1..=isize::MAX => 1,
    }
}

fn huge(n: u128) -> u8 {
    match n {
        0..=0xFFFF_FFFF => 0,
        0x1_0000_0000..=u128::MAX => 1,
    }
}

fn signed_huge(n: i128) -> u8 {
    match n {
        i128::MIN..=-1 => 0,
        1..=i128::MAX => 1,
    }
}

fn full_chars(c: char) -> u8 {
    match c {
        '\0'..='\u{D7FF}' => 0,
        '\u{E000}'..='\u{10FFFF}' => 1,
    }
}

fn some_chars(c: char) -> u8 {
    match c {
        '\0'..='\u{D7FF}' => 0,
        '\u{E000}'..='\u{10FFFE}' => 1,
    }
}

fn temperature(t: f64) -> u8 {
    match t {
        0.0..=100.0 => 1,
        _ => 0,
    }
}

fn name_code(s: &str) -> u8 {
    match s {
        "get" => 1,
        "put" => 2,
    }
}

fn main() {
    println!("{} {} {}", size_class(10), offset_sign(-3), huge(5));
    println!("{} {} {}", signed_huge(0), full_chars('x'), some_chars('y'));
    println!("{} {}", temperature(3.5), name_code("get"));
}
