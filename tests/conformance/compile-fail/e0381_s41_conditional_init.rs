// Bindings assigned on some paths only: rustc says which branch leaves them unset.
fn pick(n: i32) -> i32 {
    let a: i32;
    if n > 0 { a = 1; } else { println!("neg"); }
    let b: i32;
    if n > 0 { println!("pos"); } else { b = 2; }
    let c: i32;
    match n {
        0 => { c = 0; }
        1 if n > 5 => {}
        _ => {}
    }
    let d: i32;
    while n > 100 {
        d = 5;
    }
    let e: i32;
    if n > 1 {
        e = 1;
    } else if n > 2 {
        e = 2;
    }
    let f: i32;
    if n > 3 { f = 3 }
    a + b + c + d + e + f
}
fn main() { println!("{}", pick(1)); }
