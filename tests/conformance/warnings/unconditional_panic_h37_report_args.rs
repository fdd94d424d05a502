// lints: unconditional_panic arithmetic_overflow
// regen: build
// A grade report whose print and assert arguments hold mistakes rustc can see.
const STUDENTS: usize = 4;
const NO_SECTIONS: u32 = 0;
const MAX_SCORE: u8 = 250;

struct Report {
    scores: [u8; STUDENTS],
    sections: u32,
}

fn print_summary(report: &Report) {
    println!("first: {}", report.scores[0]);
    println!("last: {}", report.scores[STUDENTS]);
    println!("per section: {}", report.sections / NO_SECTIONS);
    eprintln!("bonus cap: {}", MAX_SCORE + 10);
}

fn check(report: &Report) {
    assert!(report.scores[1] <= MAX_SCORE);
    assert_eq!(report.scores[9], 0, "slot {} must stay empty", 9);
    assert_ne!(report.sections % 0, 1);
    debug_assert!(report.sections > 0, "sections: {}", 100 / NO_SECTIONS);
}

fn average(report: &Report) -> u32 {
    let mut total: u32 = 0;
    for s in report.scores {
        total += s as u32;
    }
    if total > 1000 {
        panic!("impossible total {} of {}", total, report.scores[STUDENTS + 1]);
    }
    total / STUDENTS as u32
}

fn main() {
    let report = Report { scores: [90, 85, 70, 100], sections: 2 };
    print_summary(&report);
    check(&report);
    println!("average {}", average(&report));
}
