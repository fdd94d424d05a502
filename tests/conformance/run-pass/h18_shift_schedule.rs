// Arrays of structs sorted in place by hand, tuple-returning helpers, char arithmetic
// and `if let ... else if let` chains.
#[derive(Debug, Clone, Copy)]
struct Shift {
    worker: char,
    start: u8,
    hours: u8,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Gap {
    None,
    Hole { from: u8, to: u8 },
    Overlap(u8),
}

fn sort_by_start(shifts: &mut [Shift]) {
    let n = shifts.len();
    for i in 1..n {
        let mut j = i;
        while j > 0 && shifts[j - 1].start > shifts[j].start {
            let tmp = shifts[j - 1];
            shifts[j - 1] = shifts[j];
            shifts[j] = tmp;
            j -= 1;
        }
    }
}

fn gap_between(a: &Shift, b: &Shift) -> Gap {
    let end = a.start + a.hours;
    if end < b.start {
        Gap::Hole { from: end, to: b.start }
    } else if end > b.start {
        Gap::Overlap(end - b.start)
    } else {
        Gap::None
    }
}

fn coverage(shifts: &[Shift]) -> (u8, u8, u32) {
    let first = shifts[0].start;
    let mut last = first;
    let mut total = 0u32;
    for s in shifts {
        last = last.max(s.start + s.hours);
        total += s.hours as u32;
    }
    (first, last, total)
}

fn main() {
    let mut week = [
        Shift { worker: 'c', start: 14, hours: 6 },
        Shift { worker: 'a', start: 6, hours: 4 },
        Shift { worker: 'd', start: 20, hours: 3 },
        Shift { worker: 'b', start: 9, hours: 3 },
    ];
    sort_by_start(&mut week);
    for Shift { worker, start, hours } in week {
        println!("{} {:02}:00 +{}h", worker, start, hours);
    }
    for i in 0..week.len() - 1 {
        let g = gap_between(&week[i], &week[i + 1]);
        if let Gap::Hole { from, to } = g {
            println!("hole {}..{} after {}", from, to, week[i].worker.to_ascii_uppercase());
        } else if let Gap::Overlap(h) = g {
            println!("overlap {}h between {} and {}", h, week[i].worker, week[i + 1].worker);
        } else {
            assert_eq!(g, Gap::None);
            println!("seamless after {}", week[i].worker);
        }
    }
    let (from, to, total) = coverage(&week);
    println!("covered {}..{} with {} hours", from, to, total);
    let next = (week[3].worker as u8 + 1) as char;
    println!("next worker {} ({})", next, next.is_alphabetic());
}
