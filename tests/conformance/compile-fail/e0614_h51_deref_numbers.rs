// Dereferencing values that are not references, and field access on numbers
fn bump(x: i32) -> i32 {
    *x + 1
}

fn main() {
    let counts = [3u32, 4, 5];
    let mut total = 0;
    for c in counts {
        total += *c;
    }
    let n = 42;
    let l = n.len();
    let f = 3.14f32;
    let part = f.0;
    println!("{} {} {} {}", bump(1), total, l, part);
}
