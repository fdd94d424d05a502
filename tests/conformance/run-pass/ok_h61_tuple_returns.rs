// tuple returns and destructuring with the right element types
fn min_max(xs: &[u16]) -> (u16, u16) {
    let mut lo = u16::MAX;
    let mut hi = u16::MIN;
    for &x in xs {
        lo = lo.min(x);
        hi = hi.max(x);
    }
    (lo, hi)
}

fn split_time(secs: u32) -> (u32, u8, u8) {
    let h = secs / 3600;
    let m = ((secs % 3600) / 60) as u8;
    let s = (secs % 60) as u8;
    (h, m, s)
}

fn main() {
    let (lo, hi) = min_max(&[40, 7, 1200, 65]);
    let (h, m, s) = split_time(7384);
    let pair: (char, bool) = ('q', lo < hi);
    println!("{}..{} {:02}:{:02}:{:02} {:?}", lo, hi, h, m, s, pair);
}
