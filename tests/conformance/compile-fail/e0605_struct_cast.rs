// Casting a newtype and an enum with data to integers with `as`.
#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy)]
enum Reading {
    Valid(i32),
    Missing,
}

fn main() {
    let t = Celsius(21.5);
    let rounded = t as i32;
    let r = Reading::Valid(3);
    let code = r as u8;
    println!("{} {} {:?}", rounded, code, Reading::Missing);
}
