// lints: unconditional_panic
// regen: build
// Constant indices past the end of fixed arrays
const LEN: usize = 4;

fn main() {
    let weights = [0.5f32; LEN];
    let w = weights[LEN];
    let table = [[1u8; 3]; 2];
    let t = table[1][3];
    let i = 10;
    let v = weights[i];
    let ok = weights[LEN - 1];
    let d = 100u32 / (LEN as u32 - 4);
    println!("{} {} {} {} {}", w, t, v, ok, d);
}
