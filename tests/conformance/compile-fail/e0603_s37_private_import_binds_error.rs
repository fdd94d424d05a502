// Names imported past a privacy error are rustc's error binding: nothing that comes from them is checked again.
mod stats {
    pub struct Summary { min: f32 }
    fn summarize(x: f32) -> Summary { Summary { min: x } }
    fn scale() -> f64 { 2.0 }
    struct Hidden { pub v: u8 }
    const LIMIT: u8 = 3;
}
use stats::{scale, Hidden, LIMIT};
fn main() {
    let s = stats::summarize(1.5);
    println!("{}", s.min);
    let mut total: f32 = 0.0;
    total += scale();
    let h = Hidden { v: 1 };
    let x: bool = LIMIT;
    let y: bool = stats::LIMIT;
    println!("{} {} {} {}", total, h.v, x, y);
}
