// Finding positions with the C/Python `-1` sentinel. The literal's type is
// only fixed later (by an assignment or the return type), so rustc reports
// E0277 (`usize: Neg`) rather than E0600.

const TEMPS: [u32; 7] = [18, 22, 25, 21, 19, 27, 24];

fn index_of(values: &[u32], target: u32) -> usize {
    let mut pos = -1;
    for i in 0..values.len() {
        if values[i] == target {
            pos = i;
            break;
        }
    }
    pos
}

fn hottest(values: &[u32]) -> u32 {
    let mut best = -1;
    for &v in values {
        if v > best {
            best = v;
        }
    }
    best
}

fn previous_day(day: u32) -> u32 {
    day + -1
}

fn main() {
    println!("{}", index_of(&TEMPS, 25));
    println!("{}", hottest(&TEMPS));
    println!("{}", previous_day(3));
}
