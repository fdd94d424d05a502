// Sensor frames kept as wide tuples: std compares and prints tuples of up to
// twelve elements, so the thirteen-channel frame can do neither.
struct Probe {
    id: u8,
}

fn frame() -> (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8) {
    (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)
}

fn twelve() -> (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8) {
    (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
}

fn main() {
    let a = frame();
    let b = frame();
    println!("same: {}", a == b);
    println!("before: {}", a < b);
    let c = twelve();
    println!("twelve: {:?} {}", c, c == twelve());
    println!("frame: {:?}", a);
    assert_eq!(a, b);
    let p = Probe { id: 3 };
    assert_eq!(p, p);
    println!("{}", p.id);
}
