fn drop(x: i32) -> i32 {
    x - 1
}

#[allow(non_snake_case)]
fn Ok(v: i32) -> i32 {
    v + 100
}

fn min(a: i32, b: i32) -> i32 {
    if a < b { a } else { b }
}

fn main() {
    let a = drop(10);
    let b = Ok(5);
    let c = min(a, b);
    let d = a.min(b);
    println!("{} {} {} {}", a, b, c, d);
}
