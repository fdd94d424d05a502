// Distance helpers written with literal receivers.
fn main() {
    let gap = 5.abs_diff(3);
    let wrapped = 10.rem_euclid(3);
    let r = 0.5.mul_add(2.0, 1.0);
    let m = 2.0.max(1.0);
    println!("{} {} {} {}", gap, wrapped, r, m);
}
