// Lint attributes on statements and blocks in a program with unresolved names.
#[derive(Debug, Clone, Copy)]
struct Battery {
    millivolts: u32,
    cycles: u16,
}

#[warn(unused_variables)]
fn health(b: Battery) -> u32 {
    #[allow(unused_variables)]
    let nominal = 3700;
    let wear = b.cycles as u32 / 10;
    if wear > 100 { 0 } else { 100 - wear }
}

fn voltage_band(b: Battery) -> u8 {
    #[allow(unused_mut)]
    let mut band = 0;
    match b.millivolts {
        0..=3300 => band,
        3301..=3900 => band + 1,
        _ => bnad + 2,
    }
}

mod report {
    #![allow(dead_code)]
    pub fn line(id: u32, pct: u32) {
        println!("battery {} at {}%", id, pct);
    }
    fn spare() {}
}

fn main() {
    let packs = [Battery { millivolts: 3800, cycles: 120 }, Battery { millivolts: 3200, cycles: 900 }];
    for (i, b) in packs.iter().enumerate() {
        #[allow(unused_variables)]
        let band = voltage_band(*b);
        report::line(i as u32, health(*b));
    }
    report::summary(packs.len());
    #[allow(unused)]
    let spare = Battery { millivolts: 0, cycles: 0 };
    println!("{}", undefined_total);
}
