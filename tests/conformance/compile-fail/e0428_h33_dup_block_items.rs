// Duplicate items within one block, and the same names in different blocks.
fn main() {
    fn step(x: i32) -> i32 {
        x + 1
    }
    const LIMIT: i32 = 5;
    let mut v = 0;
    while v < LIMIT {
        v = step(v);
    }
    {
        fn step(x: i32) -> i32 {
            x + 2
        }
        const LIMIT: i32 = 9;
        struct Marker;
        struct Marker;
        v = step(v) + LIMIT;
    }
    fn step(x: i32) -> i32 {
        x * 2
    }
    println!("{}", v);
}
