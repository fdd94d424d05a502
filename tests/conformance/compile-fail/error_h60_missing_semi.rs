#[derive(Debug)]
struct Grade {
    student: &'static str,
    score: u8,
}

fn letter(score: u8) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
    }
}

fn average(gs: &[Grade]) -> f64 {
    let mut sum = 0;
    for g in gs {
        sum += g.score as u32
    }
    sum / gs.len() as u32
}

fn main() {
    let grades = [
        Grade { student: "ann", score: 93 },
        Grade { student: "bob", score: 71 },
        Grade { student: "cy", score: 58 },
    ];
    let avg = average(&grades)
    println!("average {}", avg);
    for g in &grades {
        println!("{} {}", g.student, letter(g.score));
    }
    let best = grades[0];
    let mut count = 0;
    println!("{:?}", best);
    let worst: &Grade = grades[2];
    undefined_fn(worst);
}
