// Non-ASCII identifiers (stable since 1.53) and unicode in strings, chars and comments — ∀ ∃ λ.
#![allow(confusable_idents, mixed_script_confusables, uncommon_codepoints)]

#[derive(Debug)]
struct Größe {
    länge: f64,
    breite: f64,
}

impl Größe {
    fn fläche(&self) -> f64 {
        self.länge * self.breite
    }
}

fn σ(werte: &[f64]) -> f64 {
    let n = werte.len() as f64;
    let μ = werte.iter().sum::<f64>() / n;
    (werte.iter().map(|x| (x - μ).powi(2)).sum::<f64>() / n).sqrt()
}

enum Farbe {
    Rot,
    Grün,
    Blau,
}

const ГРАНИЦА: u32 = 10;

fn 计算(数字: u32) -> u32 {
    数字.min(ГРАНИЦА) * 2
}

fn main() {
    let g = Größe { länge: 2.0, breite: 3.5 };
    let café = "☕";
    let ñ = 'ñ';
    let farben = [Farbe::Rot, Farbe::Grün, Farbe::Blau];
    let namen: Vec<&str> = farben.iter().map(|f| match f {
        Farbe::Rot => "rot",
        Farbe::Grün => "grün",
        Farbe::Blau => "blau",
    }).collect();
    println!("{:?} {} {:.3} {café} {ñ} {namen:?} {}", g, g.fläche(), σ(&[1.0, 2.0, 3.0]), 计算(42));
}
