// Grading with @ bindings and nested tuples of ints and bools.
#[derive(Debug, Clone, Copy)]
enum Grade {
    Pass(u8),
    Fail(u8),
    Absent,
}

fn grade(score: u8, present: bool) -> Grade {
    match (score, present) {
        (_, false) => Grade::Absent,
        (s @ 50..=100, true) => Grade::Pass(s),
        (s @ 0..=49, true) => Grade::Fail(s),
    }
}

fn describe(g: Grade) -> u32 {
    match g {
        Grade::Pass(s @ 90..=100) => s as u32 * 2,
        Grade::Pass(s @ 50..=89) => s as u32,
        Grade::Fail(s @ 1..=49) => s as u32 / 2,
        Grade::Absent => 0,
    }
}

fn combo(a: Option2, b: bool) -> u8 {
    match (a, b) {
        (Option2::Yes(x @ 0..=9), true) => x,
        (Option2::Yes(_), false) => 10,
        (Option2::No, _) => 11,
    }
}

#[derive(Clone, Copy)]
enum Option2 {
    Yes(u8),
    No,
}

fn main() {
    let g = grade(77, true);
    println!("{:?} {}", g, describe(g));
    println!("{}", combo(Option2::Yes(3), true));
}
