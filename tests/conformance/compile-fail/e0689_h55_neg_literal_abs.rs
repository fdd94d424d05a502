fn distance_from_zero(v: i64) -> i64 {
    v.abs()
}

fn main() {
    let readings = [-12i64, 7, -3, 0, 45];
    let mut max_mag = 0;
    for r in readings {
        max_mag = max_mag.max(distance_from_zero(r));
    }
    println!("max magnitude {}", max_mag);
    let offset = -7.abs();
    println!("offset {}", offset);
    let m = (-7).abs();
    println!("{}", m);
}
