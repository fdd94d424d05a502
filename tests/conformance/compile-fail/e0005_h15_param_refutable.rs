// Geometry helpers that destructure their arguments with patterns only some values match.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Px(u32),
    Em(u8),
}

#[derive(Debug, Clone, Copy)]
struct Size {
    w: u32,
    h: u32,
}

fn scale((w, 0): (u32, u32)) -> u32 {
    w * 2
}

fn pixels(Unit::Px(n): Unit) -> u32 {
    n
}

fn width_of_square(Size { w, h: 10 }: Size) -> u32 {
    w
}

fn flags((true, count): (bool, u8)) -> u8 {
    count
}

fn total((a, b): (u32, u32), Size { w, h }: Size) -> u32 {
    a + b + w + h
}

fn main() {
    let size = Size { w: 3, h: 10 };
    let unit = Unit::Em(2);
    println!("{:?} {:?}", size, unit);
    println!("{}", scale((4, 0)) + pixels(Unit::Px(7)) + width_of_square(size));
    println!("{} {}", flags((true, 2)), total((1, 2), size));
}
