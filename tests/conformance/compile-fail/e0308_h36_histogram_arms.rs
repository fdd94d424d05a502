// Grading histogram: match arms and if branches that disagree on types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grade {
    A,
    B,
    C,
    D,
    F,
}

fn grade(score: u8) -> Grade {
    match score {
        90..=100 => Grade::A,
        80..=89 => Grade::B,
        70..=79 => Grade::C,
        60..=69 => Grade::D,
        _ => Grade::F,
    }
}

fn points(g: Grade) -> f32 {
    // mistake: an integer arm among float arms
    match g {
        Grade::A => 4.0,
        Grade::B => 3.0,
        Grade::C => 2.0,
        Grade::D => 1,
        Grade::F => 0.0,
    }
}

fn bucket(g: Grade) -> usize {
    g as usize
}

fn main() {
    let scores: [u8; 9] = [95, 83, 71, 64, 50, 100, 89, 90, 77];
    let mut hist = [0u32; 5];
    let mut gpa_sum = 0.0;
    for &s in scores.iter() {
        let g = grade(s);
        hist[bucket(g)] += 1;
        gpa_sum += points(g);
    }
    let labels = [b'A', b'B', b'C', b'D', b'F'];
    for i in 0..5 {
        print!("{} ", labels[i] as char);
        for _ in 0..hist[i] {
            print!("*");
        }
        println!();
    }
    let gpa = gpa_sum / scores.len() as f32;
    // mistake: the branches give &str and char
    let honours = if gpa > 3.0 { "honours" } else { '-' };
    println!("gpa {:.2} {}", gpa, honours);
    // mistake: hist holds u32, the count is usize
    let passed: usize = hist[0] + hist[1] + hist[2] + hist[3];
    println!("{} passed", passed);
}
