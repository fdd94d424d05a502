fn clamp_pct(v: i32) -> i32 {
    v.clamp(0, 100)
}

fn main() {
    let a = clamp_pct(150);
    let b = clamp_pct(-3);
    assert!(a == 100,);
    assert!(b == 0, "b = {}", b,);
    assert_eq!(a, 100,);
    assert_ne!(a, b, "{} vs {}", a, b,);
    debug_assert_eq!(b, 0, "{b}",);
    println!("{a} {b}",);
    println!("{}, {},", a, b,);
}
