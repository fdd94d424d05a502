use colors::{Named, Rgb};

// Inherent impls of another crate's type are not allowed.
impl Rgb {
    fn grey(level: u8) -> Rgb {
        Rgb { r: level, g: level, b: level }
    }
}

impl Named {
    fn all() -> [Named; 2] {
        [Named::Red, Named::Teal]
    }
}

fn main() {
    let red = Rgb::from_named(Named::Red);
    let teal = Rgb::from_named(Named::Teal);
    let mid = red.average(teal);
    println!("{:?} {} {}", mid, mid.is_dark(), Rgb::BLACK.is_dark());
    println!("{:?}", red.complement());
    println!("{:?}", teal.invert());
    println!("{}", red.luma());
}
