// Meeting-room intervals: sort by start, merge overlaps, find free gaps and peak overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Interval {
    start: u16, // minutes after midnight
    end: u16,
}

impl Interval {
    fn new(h1: u16, m1: u16, h2: u16, m2: u16) -> Self {
        let (start, end) = (h1 * 60 + m1, h2 * 60 + m2);
        assert!(start < end, "empty interval {}..{}", start, end);
        Interval { start, end }
    }
    fn overlaps(&self, o: &Interval) -> bool {
        self.start < o.end && o.start < self.end
    }
}

fn sort(xs: &mut [Interval]) {
    for i in 1..xs.len() {
        let cur = xs[i];
        let mut j = i;
        while j > 0 && xs[j - 1] > cur {
            xs[j] = xs[j - 1];
            j -= 1;
        }
        xs[j] = cur;
    }
}

fn merge(sorted: &[Interval], out: &mut [Interval]) -> usize {
    let mut n = 0;
    for iv in sorted {
        if n > 0 && out[n - 1].end >= iv.start {
            let last = &mut out[n - 1];
            last.end = last.end.max(iv.end);
        } else {
            out[n] = *iv;
            n += 1;
        }
    }
    n
}

fn peak(sorted: &[Interval]) -> usize {
    let mut best = 0;
    for (i, a) in sorted.iter().enumerate() {
        let mut live = 1;
        for b in &sorted[..i] {
            if b.overlaps(a) && b.end > a.start {
                live += 1;
            }
        }
        best = best.max(live);
    }
    best
}

fn hm(m: u16) -> (u16, u16) {
    (m / 60, m % 60)
}

fn main() {
    let mut meetings = [
        Interval::new(9, 0, 10, 30),
        Interval::new(13, 0, 14, 0),
        Interval::new(10, 15, 11, 0),
        Interval::new(16, 45, 17, 30),
        Interval::new(9, 30, 9, 45),
        Interval::new(13, 30, 15, 0),
        Interval::new(11, 0, 11, 30),
    ];
    sort(&mut meetings);
    let mut merged = [Interval { start: 0, end: 1 }; 7];
    let n = merge(&meetings, &mut merged);
    println!("{} meetings -> {} busy blocks, peak overlap {}", meetings.len(), n, peak(&meetings));
    let day = Interval::new(8, 0, 18, 0);
    let mut cursor = day.start;
    for b in &merged[..n] {
        let ((h1, m1), (h2, m2)) = (hm(b.start), hm(b.end));
        if b.start > cursor {
            let (fh, fm) = hm(cursor);
            println!("free  {:02}:{:02}-{:02}:{:02} ({} min)", fh, fm, h1, m1, b.start - cursor);
        }
        println!("busy  {:02}:{:02}-{:02}:{:02}", h1, m1, h2, m2);
        cursor = b.end;
    }
    if cursor < day.end {
        let (fh, fm) = hm(cursor);
        println!("free  {:02}:{:02}-18:00 ({} min)", fh, fm, day.end - cursor);
    }
}
