// A utility meter whose running totals mix units: rustc says E0277 when the
// left side has the operator for other operands, and E0368/E0369 when it has
// none at all.
#[derive(Clone, Copy)]
struct Kwh(u32);

struct Meter {
    total: u64,
    peak: f64,
    enabled: bool,
}

fn add_sample(meter: &mut Meter, sample: u32, factor: f64) {
    meter.total += sample as u64;
    meter.total += factor;
    meter.peak *= 2;
    if meter.enabled {
        meter.enabled += 1;
    }
}

fn combine(a: Kwh, b: Kwh) -> u32 {
    let mut sum = a;
    sum += b;
    let scaled = a.0 * 1.5;
    let flags = b.0 | true;
    scaled + flags
}

fn main() {
    let mut meter = Meter { total: 0, peak: 1.0, enabled: true };
    add_sample(&mut meter, 12, 0.5);
    let shift: u8 = 3;
    let mut mask: u32 = 0xff;
    mask <<= shift;
    mask >>= true;
    println!("{} {} {}", meter.total, combine(Kwh(1), Kwh(2)), mask);
}
