// Grade book: weighted averages, letter grades and a class histogram.
#[derive(Debug, Clone, Copy)]
struct Student {
    name: &'static str,
    homework: f32,
    midterm: f32,
    final_exam: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Grade {
    F,
    D,
    C,
    B,
    A,
}

fn weighted(s: &Student) -> f32 {
    s.homework * 0.3 + s.midterm * 0.3 + s.final_exam * 0.4
}

fn letter(score: f32) -> Grade {
    match score as u32 {
        90..=100 => Grade::A,
        80..=89 => Grade::B,
        70..=79 => Grade::C,
        60..=69 => Grade::D,
        _ => Grade::F,
    }
}

fn main() {
    let class = [
        Student { name: "Ana", homework: 95.0, midterm: 88.0, final_exam: 91.0 },
        Student { name: "Ben", homework: 72.5, midterm: 65.0, final_exam: 70.0 },
        Student { name: "Cai", homework: 60.0, midterm: 55.0, final_exam: 48.0 },
        Student { name: "Dee", homework: 85.0, midterm: 92.0, final_exam: 79.5 },
        Student { name: "Eli", homework: 100.0, midterm: 97.5, final_exam: 99.0 },
    ];
    let mut histogram = [0u32; 5];
    let mut best = Grade::F;
    for s in class.iter() {
        let score = weighted(s);
        let g = letter(score);
        histogram[g as usize] += 1;
        if g > best {
            best = g;
        }
        println!("{:<4} {:6.2} {:?}", s.name, score, g);
    }
    let labels = ["F", "D", "C", "B", "A"];
    for i in (0..5).rev() {
        print!("{}: ", labels[i]);
        for _ in 0..histogram[i] {
            print!("*");
        }
        println!();
    }
    println!("best grade {:?}, A > B is {}", best, Grade::A > Grade::B);
}
