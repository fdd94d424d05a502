// Casts between integers, chars, bools and enum discriminants.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red = 1,
    Green = 2,
    Blue = 4,
    Alpha = 0x80,
}

#[derive(Debug, Clone, Copy)]
enum Small {
    A = -2,
    B,
    C = 10,
}

fn main() {
    let colors = [Color::Red, Color::Green, Color::Blue, Color::Alpha];
    let mut mask = 0u8;
    for c in colors {
        mask |= c as u8;
        println!("{:?} = {} / {}", c, c as i32, c as u8 as i8);
    }
    println!("mask {:#010b}", mask);
    println!("small {} {} {}", Small::A as i8, Small::B as i32, Small::C as u8);
    println!("A as u8 = {}", Small::A as u8);
    let letters = b"Hi!";
    for &b in letters.iter() {
        let c = b as char;
        println!("{} {} {}", c, c as u32, (c as u8).to_ascii_lowercase() as char);
    }
    let e = 'é';
    println!("{} {} {}", e as u32, e as u8, e.len_utf8());
    let t = true as u8 + false as u8;
    println!("bools {} {}", t, true as i64 - 2);
    let big: i32 = -1;
    println!("{} {} {} {}", big as u8, big as u32, big as i64, big as u16 as i32);
    let f = -3.99f64;
    println!("{} {} {} {}", f as i32, f as u8, 300.7f32 as u8, f64::NAN as i32);
    let wide = 0x1234_5678u32;
    println!("{:x} {:x} {}", wide as u16, wide as u8, ((wide >> 24) as u8 + 0x30) as char);
    let step = 1;
    let total: u64 = step + 2;
    let shift = 3;
    println!("{} {}", total, 1u16 << shift);
}
