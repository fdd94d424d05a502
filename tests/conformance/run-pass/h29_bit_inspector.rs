// A register bit inspector: primitive integer methods, shifts, casts and formatting
// in binary, octal and hex with widths and fills.
const REGISTERS: [u32; 5] = [0x0000_007F, 0x8000_0001, 0xDEAD_BEEF, 0, 0x0F0F_0F0F];
const LABELS: [&str; 5] = ["ctrl", "irq", "magic", "idle", "mask"];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Parity {
    Even,
    Odd,
}

struct Summary {
    ones: u32,
    lead: u32,
    trail: u32,
    parity: Parity,
}

fn summarize(v: u32) -> Summary {
    let ones = v.count_ones();
    let parity = if ones % 2 == 0 { Parity::Even } else { Parity::Odd };
    Summary { ones, lead: v.leading_zeros(), trail: v.trailing_zeros(), parity }
}

fn fold16(v: u32) -> u16 {
    let hi = (v >> 16) as u16;
    let lo = v as u16;
    hi ^ lo.rotate_left(3)
}

fn main() {
    println!("{:<6} {:>10} {:>3} {:>3} {:>3} {:>5}", "reg", "value", "1s", "lz", "tz", "par");
    for i in 0..REGISTERS.len() {
        let v = REGISTERS[i];
        let s = summarize(v);
        println!(
            "{:<6} {:#010x} {:>3} {:>3} {:>3} {:>5}",
            LABELS[i],
            v,
            s.ones,
            s.lead,
            s.trail,
            if s.parity == Parity::Even { "even" } else { "odd" }
        );
    }
    let magic = REGISTERS[2];
    println!("swapped {:08X}", magic.swap_bytes());
    println!("rotl8   {:08x}", magic.rotate_left(8));
    println!("fold    {:#06x} {:016b}", fold16(magic), fold16(magic));
    println!("octal   {:o} {:#o}", 511u32, 8u8);
    let small: u8 = 0b1011_0010;
    println!("u8 {:08b} -> {:>4} {:>4} {}", small, small as i8, !small, small.is_power_of_two());
    let wide = (magic as u64) << 8 | 0xAB;
    println!("{:>14x} {:e}", wide, wide as f64);
    let n: i64 = -1_234_567;
    println!("{:+} {:>12} {:<12}| {:^+13}|", n, n.abs(), n.signum(), n.abs_diff(1_000_000));
    let pow = 3u64.pow(20);
    println!("{} {} {}", pow, pow.is_power_of_two(), 1024u32.is_power_of_two());
    let (sum, over) = 250u8.overflowing_add(10);
    println!("{} {} {}", sum, over, 250u8.wrapping_add(10) == sum);
    println!("{} {}", i32::MAX.wrapping_add(1), i16::MIN.saturating_sub(1));
    println!("{} {} {}", u16::BITS, i128::MAX, u128::MAX.count_ones());
}
