// Timing code that mixes integer widths, signedness and floats.
const TICKS_PER_MS: u64 = 48_000;

#[derive(Clone, Copy)]
struct Span {
    start: u64,
    end: u64,
    cpu: u8,
}

fn duration_ms(s: Span) -> u32 {
    ((s.end - s.start) / TICKS_PER_MS) as u32
}

fn average(spans: &[Span]) -> f64 {
    let mut total = 0;
    for s in spans {
        total += duration_ms(*s);
    }
    total / spans.len() as f64
}

fn drift(a: Span, b: Span) -> i64 {
    b.start as i64 - a.end
}

fn cpu_mask(spans: &[Span]) -> u16 {
    let mut mask: u16 = 0;
    for s in spans {
        mask |= 1 << s.cpu;
        mask += s.cpu;
    }
    mask
}

fn scaled(s: Span, factor: f32) -> f64 {
    duration_ms(s) as f64 * factor
}

fn main() {
    let spans = [Span { start: 0, end: 96_000, cpu: 1 }, Span { start: 100_000, end: 400_000, cpu: 3 }];
    let idx: i32 = 1;
    println!("{} {} {}", average(&spans), drift(spans[0], spans[1]), cpu_mask(&spans));
    println!("{}", scaled(spans[idx], 1.5));
}
