fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let r = double(21);
    assert_eq!(r, 42u64);
    assert_ne!(r, 0);
    println!("ok {}", r);
}
