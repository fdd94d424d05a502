#[derive(Debug, Clone, Copy)]
pub enum Unit {
    Gram,
    Ounce,
    Cup,
}

pub fn grams_to_ounces(g: f64) -> f64 {
    g / 28.3495
}

pub fn cups_to_ml(c: f64) -> f64 {
    c * 236.6
}
