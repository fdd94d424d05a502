// lints: overflowing_literals
// Physics constants, some too big for f32
fn main() {
    let avogadro: f32 = 6.022e23;
    let planck: f64 = 6.626e-34;
    let huge: f32 = 1e39;
    let huger: f64 = 1.8e308;
    let tiny: f32 = 1e-50;
    let neg_huge = -3.5e38_f32;
    let fine = 3.4e38f32;
    println!("{} {} {} {} {} {} {}", avogadro, planck, huge, huger, tiny, neg_huge, fine);
}
