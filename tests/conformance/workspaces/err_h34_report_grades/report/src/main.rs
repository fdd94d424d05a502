use grading::{from_score, Grade};

fn points(g: Grade) -> f64 {
    match g {
        Grade::A => 4.0,
        Grade::B => 3.0,
        Grade::C => 2.0,
        Grade::D => 1.0,
        Grade::F => 0.0,
    }
}

fn honour_roll(g: Grade) -> bool {
    match g {
        Grade::A | Grade::B => true,
        _ => false,
    }
}

fn main() {
    let scores = [(93u8, true), (71, true), (88, false), (55, true)];
    let mut gpa = 0.0;
    for (s, done) in scores {
        let g = from_score(s, done);
        gpa += points(g);
        println!("{} -> {:?} honour={}", s, g, honour_roll(g));
    }
    println!("gpa {:.2}", gpa / scores.len() as f64);
}
