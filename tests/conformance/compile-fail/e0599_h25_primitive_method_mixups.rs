// An audio meter using primitive methods on the wrong types or with the wrong result types.
fn peak(samples: &[i16; 4]) -> u16 {
    let mut best = 0u16;
    for s in samples {
        // abs_diff on i16 returns u16: fine.
        best = best.max(s.abs_diff(0));
    }
    best
}

fn level_bits(level: u32) -> usize {
    // count_ones returns u32, not usize.
    level.count_ones()
}

fn db(amplitude: u32) -> f64 {
    // sqrt is a float method.
    let root = amplitude.sqrt();
    20.0 * (root as f64).log10()
}

fn gain(level: u8) -> u8 {
    // abs and signum exist only on signed integers.
    let magnitude = level.abs();
    magnitude * level.signum()
}

fn is_block(size: i32) -> bool {
    // is_power_of_two exists only on unsigned integers.
    size.is_power_of_two()
}

fn headroom(level: u8) -> u8 {
    // overflowing_add returns a (u8, bool) pair.
    let next: u8 = level.overflowing_add(10);
    next
}

fn bits(x: f32) -> u64 {
    x.to_bits()
}

fn main() {
    let samples = [-300, 120, -32768, 5];
    println!("{} {} {}", peak(&samples), level_bits(255), db(1000));
    println!("{} {} {} {}", gain(3), is_block(64), headroom(250), bits(1.5));
    let c = 'x';
    let w: u32 = c.len_utf8();
    let up = c.to_uppercase_ascii();
    println!("{} {}", w, up);
}
