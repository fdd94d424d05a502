// Constant tables and records: rustc's lint does not look into a const
// array's elements or a const struct's fields, so division by an element
// that happens to be zero compiles; the guards keep it from running.
#[derive(Clone, Copy)]
struct Rate {
    per_hour: u32,
    per_day: u32,
}

const RATES: [u32; 4] = [60, 0, 24, 7];
const DEFAULT: Rate = Rate { per_hour: 0, per_day: 24 };
const PAIR: (u32, u32) = (0, 5);

fn hours(total: u32, i: usize) -> u32 {
    if RATES[i] == 0 {
        return 0;
    }
    total / RATES[i]
}

fn fixed(total: u32, use_hourly: bool) -> u32 {
    if use_hourly && DEFAULT.per_hour != 0 {
        return total / DEFAULT.per_hour;
    }
    total / DEFAULT.per_day
}

fn second_only(total: u32, first: bool) -> u32 {
    if first {
        return total % PAIR.0;
    }
    total % PAIR.1
}

fn main() {
    println!("{}", hours(120, 0));
    println!("{}", hours(120, 1));
    println!("{}", fixed(48, true));
    println!("{}", second_only(12, false));
}
