// Types flowing backwards into literals
fn takes_u16(x: u16) -> u16 {
    x * 2
}

fn main() {
    let a = 40_000;
    let b = takes_u16(a);
    let arr = [0; 4];
    let total: u64 = arr[0] + arr[3];
    let mut f = 0.5;
    f *= 3.0;
    let g: f32 = f;
    let h = [1.5, 2.5];
    let s: f32 = h[0] + h[1];
    let t = 200;
    let t8: u8 = t;
    println!("{} {} {} {} {} {}", b, total, g, s, t8, t8.leading_zeros());
}
