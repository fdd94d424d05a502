// Enum discriminants as integers
#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red = 1,
    Green = 2,
    Blue = 4,
}

#[derive(Debug, Clone, Copy)]
enum Level {
    Low,
    Mid,
    High,
}

#[derive(Clone, Copy)]
#[allow(dead_code)]
enum Signed {
    Neg = -1,
    Zero = 0,
    Pos = 1,
}

fn mask(colors: &[Color]) -> u8 {
    let mut m = 0u8;
    for c in colors {
        m |= *c as u8;
    }
    m
}

fn main() {
    let cs = [Color::Red, Color::Blue];
    println!("{}", mask(&cs));
    let lv = Level::High;
    println!("{:?} = {}", lv, lv as i32);
    println!("{}", Level::Low as usize + Level::Mid as usize);
    println!("{}", Signed::Neg as i8);
    println!("{}", Signed::Pos as u8);
    println!("{}", Color::Green as i64 as f64);
}
