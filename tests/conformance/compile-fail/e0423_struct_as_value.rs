// A struct with named fields used like a unit struct and like a tuple struct.
#[derive(Debug, Clone, Copy)]
struct Origin {
    x: i32,
    y: i32,
}

fn main() {
    let home = Origin;
    let shifted = Origin(1, 2);
    println!("{:?} {:?}", home, shifted);
}
