// Grade book: scores are i32, the running sum is i64, and the student index
// comes in as u8 from a packed record.

struct Student {
    id: u8,
    scores: [i32; 4],
}

fn sum_scores(s: &Student) -> i64 {
    let mut sum: i64 = 0;
    for score in s.scores {
        sum += score;
    }
    sum
}

fn passed(s: &Student, threshold: i32) -> bool {
    let sum = sum_scores(s);
    sum >= threshold * 4
}

fn best_score(s: &Student) -> i32 {
    let mut best: i64 = i64::MIN;
    for score in s.scores.iter() {
        if (*score as i64) > best {
            best = *score as i64;
        }
    }
    best
}

fn main() {
    let class = [
        Student { id: 1, scores: [88, 92, 79, 85] },
        Student { id: 2, scores: [55, 61, 48, 70] },
        Student { id: 3, scores: [100, 97, 99, 94] },
    ];
    for s in class.iter() {
        println!("student {}: sum {} best {} passed {}", s.id, sum_scores(s), best_score(s), passed(s, 60));
    }
}
