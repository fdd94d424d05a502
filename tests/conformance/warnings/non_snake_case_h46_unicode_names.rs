// lints: non_snake_case
// Physics helpers written with the names from the formula sheet.
fn kinetic(m: f64, v: f64) -> f64 {
    0.5 * m * v * v
}

fn main() {
    let Δt = 0.1;
    let Ω = 3.0;
    let mut θ = 0.0f64;
    for _ in 0..10 {
        θ += Ω * Δt;
    }
    let Ek = kinetic(2.0, 3.0);
    let ä = 1;
    println!("{:.3} {} {}", θ, Ek, ä);
}
