fn largest(xs: &[i32]) -> &i32 {
    let mut best = &xs[0];
    for x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn main() {
    let xs = [3, 9, 2];
    let m = largest(&xs);
    assert_eq!(m, 9);
    println!("max {}", m);
}
