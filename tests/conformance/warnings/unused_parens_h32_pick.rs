// lints: unused_parens
const LIMIT: usize = (4 * 2);

fn pick(v: i32) -> i32 {
    let a = (v + 1);
    let b = { v * 2 };
    if (a > b) {
        return (a);
    }
    while (false) {}
    match (b) {
        0 => { 1 }
        _ => b,
    }
}

fn main() {
    let arr = [0u8; (LIMIT)];
    let n = pick(3);
    let t = ((n, 1));
    for i in (0..2) {
        println!("{}", i);
    }
    println!("{} {:?} {}", n, t, arr.len());
    let _g = (arr[0]);
}
