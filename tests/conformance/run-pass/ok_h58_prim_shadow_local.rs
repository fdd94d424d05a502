// Locals named after primitive types are perfectly legal.
fn scale(i32: i32, u8: u8) -> i32 {
    i32 * u8 as i32
}

fn main() {
    let i32 = 5;
    let str = "hello";
    let bool = i32 > 3;
    let char = 'x';
    let f64: f64 = 2.5;
    println!("{} {} {} {} {}", i32, str, bool, char, f64);
    let usize: usize = str.len();
    let total = scale(i32, 3);
    println!("{} {}", usize, total);
    // a local named like a primitive does not stop us from using the type
    let y: i32 = i32 + 1;
    println!("{}", y);
}
