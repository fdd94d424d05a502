// Summing sensor readings of different widths
struct Reading {
    id: u8,
    value: i32,
    scale: u16,
}

fn total(readings: &[Reading]) -> i64 {
    let mut sum: i64 = 0;
    for r in readings {
        sum += r.value * r.scale;
    }
    sum
}

fn main() {
    let rs = [
        Reading { id: 1, value: 10, scale: 2 },
        Reading { id: 2, value: -3, scale: 5 },
    ];
    let t = total(&rs);
    let first: u8 = rs[0].id;
    let next: u32 = first + 1;
    println!("{} {}", t, next);
}
