// pass mark made fractional; comparison with the u32 average not updated
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Letter {
    A,
    B,
    C,
    D,
    F,
}

#[derive(Debug, Clone, Copy)]
struct Student {
    id: u16,
    name: &'static str,
    scores: [u8; 4],
}

const PASS_MARK: f64 = 59.5;

fn average(scores: &[u8; 4]) -> u32 {
    let mut sum: u32 = 0;
    for s in scores {
        sum += *s as u32;
    }
    sum / scores.len() as u32
}

fn letter_for(avg: u32) -> Letter {
    match avg {
        90..=100 => Letter::A,
        80..=89 => Letter::B,
        70..=79 => Letter::C,
        60..=69 => Letter::D,
        _ => Letter::F,
    }
}

fn best_student(students: &[Student]) -> usize {
    let mut best = 0;
    let mut best_avg = 0;
    for (i, s) in students.iter().enumerate() {
        let avg = average(&s.scores);
        if avg > best_avg {
            best_avg = avg;
            best = i;
        }
    }
    best
}

fn report(s: &Student) {
    let avg = average(&s.scores);
    let passed = avg >= PASS_MARK;
    println!("{:>3} {:<8} avg {:>3} {:?} {}", s.id, s.name, avg, letter_for(avg), if passed { "pass" } else { "fail" });
}

fn main() {
    let class = [
        Student { id: 1, name: "ana", scores: [88, 92, 79, 95] },
        Student { id: 2, name: "ben", scores: [55, 61, 48, 70] },
        Student { id: 3, name: "chloe", scores: [99, 97, 100, 94] },
        Student { id: 4, name: "dev", scores: [72, 68, 75, 80] },
    ];
    for s in class.iter() {
        report(s);
    }
    let top = best_student(&class);
    println!("top: {}", class[top].name);
    let mut counts = [0u32; 5];
    for s in &class {
        let l = letter_for(average(&s.scores));
        counts[l as usize] += 1;
    }
    println!("distribution: {:?}", counts);
}
