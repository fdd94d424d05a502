// integer/float literal inference decided by later uses
fn half(x: f32) -> f32 {
    x / 2.0
}

fn widen(x: u64) -> u64 {
    x * 1_000
}

fn main() {
    let a = 7;
    let b = 2.5;
    let c = 40;
    let d = 3;
    let arr = [d, 4, 5];
    let idx = 1;
    println!("{}", half(b));
    println!("{}", widen(c));
    println!("{}", arr[idx]);
    let e = a * 2;
    let f = 1.5;
    let g = if e > 10 { f } else { 0.25 };
    let h: i16 = -3;
    let k = h.abs() + 1;
    println!("{} {} {} {}", e, g, k, i32::MAX);
}
