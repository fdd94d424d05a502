fn squares() -> [i32; 4] {
    let mut out = [0; 4];
    for i in 0..4 {
        out[i] = (i * i) as i32;
    }
    out
}

fn main() {
    let s = squares();
    assert_eq!(s, [0, 1, 4]);
    println!("{:?}", s);
}
