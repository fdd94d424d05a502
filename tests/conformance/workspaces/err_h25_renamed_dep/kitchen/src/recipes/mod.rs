pub mod bread;

use measure::Grams;

pub fn total_weight() -> f64 {
    let parts = [Grams(500.0), Grams(350.0), Grams(10.0)];
    let mut sum = Grams(0.0);
    for p in parts {
        sum = Grams(sum.0 + p.0);
    }
    sum.0 + bread::SALT.0
}
