// A moving-window filter whose empty windows never say what they hold.
#[derive(Debug, Clone, Copy)]
struct Window {
    start: usize,
    width: usize,
}

fn mean(values: &[f64], w: Window) -> f64 {
    let mut s = 0.0;
    for v in &values[w.start..w.start + w.width] {
        s += v;
    }
    s / w.width as f64
}

fn padding() -> usize {
    let pad = (&[], 2usize);
    pad.0.len() + pad.1
}

fn warmup(values: &[f64]) -> f64 {
    let skipped = &[];
    if skipped.len() > values.len() {
        return 0.0;
    }
    values[0]
}

fn main() {
    let data = [1.0, 2.0, 4.0, 8.0, 16.0];
    let w = Window { start: 1, width: 3 };
    println!("{} {} {}", mean(&data, w), padding(), warmup(&data));
    let last = data[data.len() - 1];
    let pos = last.round() as usize;
    println!("{}", pos.sqrt());
}
