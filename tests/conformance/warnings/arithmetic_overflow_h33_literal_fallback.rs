// lints: overflowing_literals arithmetic_overflow
// regen: build
// Literal fallback across lets, arrays, tuples and struct fields.
struct Grid {
    w: u8,
    h: u8,
}

fn area(g: &Grid) -> u16 {
    g.w as u16 * g.h as u16
}

fn main() {
    let w = 200;
    let h = 3;
    let g = Grid { w, h };
    let arr = [1, 2, 3];
    let idx = 1;
    let v = arr[idx];
    let t = (1.5, 2);
    let big = t.1 * 3_000_000_000;
    let neg = -t.0;
    let pows = 2.0_f32.powi(3);
    let z = 7;
    let shifted = z << 40;
    println!("{} {} {} {} {} {}", area(&g), v, big, neg, pows, shifted);
}
