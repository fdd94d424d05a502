// Misspelled `return`.
fn max3(a: i32, b: i32, c: i32) -> i32 {
    let mut m = a;
    if b > m {
        m = b;
    }
    if c > m {
        m = c;
    }
    retrun m;
}

fn main() {
    println!("{}", max3(4, 9, 2));
}
