// lints: overflowing_literals
// Values too large for the default i32
fn main() {
    let population = 8_000_000_000;
    let ms_per_year = 31_536_000_000;
    let safe: i64 = 8_000_000_000;
    let neg = -2_147_483_649;
    let just_fits = -2_147_483_648;
    println!("{} {} {} {} {}", population, ms_per_year, safe, neg, just_fits);
}
