// Using struct names as values: named-field struct used like a tuple
// struct or a unit value.
#[derive(Debug, Clone, Copy)]
struct Meters(f64);

#[derive(Debug)]
struct Settings {
    width: u32,
    height: u32,
}

#[derive(Debug, Clone, Copy)]
struct Marker;

fn area(s: &Settings) -> u32 {
    s.width * s.height
}

fn main() {
    let m = Meters(12.5);
    let conv = Meters;
    let n = conv(3.0);
    let s = Settings(640, 480);
    let t = Settings;
    let mk = Marker;
    println!("{:?} {:?} {:?} {:?}", m, n, mk, t);
    println!("{}", area(&s));
}
