// Grade book with i64 sums, f64 averages and letter grades via ranges.

#[derive(Debug, Clone, Copy)]
struct Student {
    id: u16,
    scores: [i32; 5],
}

fn letter(avg: f64) -> char {
    match avg.round() as u32 {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        _ => 'F',
    }
}

fn average(s: &Student) -> f64 {
    let mut sum: i64 = 0;
    for &x in s.scores.iter() {
        sum += x as i64;
    }
    sum as f64 / s.scores.len() as f64
}

fn best_and_worst(s: &Student) -> (i32, i32) {
    let mut best = i32::MIN;
    let mut worst = i32::MAX;
    for x in s.scores {
        best = best.max(x);
        worst = worst.min(x);
    }
    (best, worst)
}

fn main() {
    let class = [
        Student { id: 11, scores: [88, 92, 79, 85, 90] },
        Student { id: 12, scores: [55, 61, 48, 70, 66] },
        Student { id: 13, scores: [100, 97, 99, 94, 98] },
        Student { id: 14, scores: [72, 68, 75, 80, 71] },
    ];
    let mut class_total = 0.0;
    for s in &class {
        let avg = average(s);
        class_total += avg;
        let (hi, lo) = best_and_worst(s);
        println!("#{:<3} avg {:>6.2} {} (best {}, worst {}, range {})", s.id, avg, letter(avg), hi, lo, hi - lo);
    }
    println!("class average {:.3}", class_total / class.len() as f64);
}
