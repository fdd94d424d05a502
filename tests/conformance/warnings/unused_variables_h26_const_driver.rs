// lints: unused_variables unused_mut unused_assignments
// ADC driver: conversion constants are fine, but the sampling loop leaves bindings unused.
const VREF_MV: u32 = 3300;
const RESOLUTION_BITS: u32 = 12;
const FULL_SCALE: u32 = (1 << RESOLUTION_BITS) - 1;
const CHANNELS: usize = 4;

struct Adc {
    raw: [u16; CHANNELS],
}

impl Adc {
    fn millivolts(&self, ch: usize) -> u32 {
        let mut scaled = self.raw[ch] as u32 * VREF_MV;
        scaled / FULL_SCALE
    }

    fn average(&self) -> u32 {
        let mut total = 0;
        let mut count = 0;
        for ch in 0..CHANNELS {
            total += self.millivolts(ch);
            count = ch;
        }
        total / CHANNELS as u32
    }
}

fn calibrate(adc: &Adc, offset: i32) -> u32 {
    let mut best = 0;
    best = adc.millivolts(0);
    let gain = 2;
    adc.average()
}

fn main() {
    let adc = Adc { raw: [0, 1024, 2048, 4095] };
    for ch in 0..CHANNELS {
        let (mv, raw) = (adc.millivolts(ch), adc.raw[ch]);
        println!("ch{} = {} mV", ch, mv);
    }
    println!("avg {}", adc.average());
    println!("cal {}", calibrate(&adc, -3));
}
