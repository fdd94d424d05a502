// tuple argument whose last element type differs
fn show(entry: (char, u8)) {
    println!("{} {}", entry.0, entry.1);
}

fn main() {
    let pair = ('x', true);
    show(pair);
    let coords: (i32, i32, f64) = (1, 2, 3);
    let other: (i32, i32, f64) = (1, 2, 3.0);
    let t: (u8, u8) = other;
    println!("{:?} {:?}", coords, t);
}
