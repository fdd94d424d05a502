// A scoring loop that refers to names outside the scopes where they live.
fn score_round(throws: [u8; 4]) -> u32 {
    let mut total = 0u32;
    for (i, t) in throws.iter().enumerate() {
        let bonus = if *t == 10 { 5 } else { 0 };
        total += *t as u32 + bonus;
        if i == 3 {
            let last = *t;
            total += last as u32;
        }
    }
    // `bonus` and `last` were declared inside the loop.
    total + bonus + last as u32
}

fn classify(points: u32) -> &'static str {
    match points {
        0 => "none",
        p @ 1..=20 => {
            let small = p < 10;
            if small { "low" } else { "mid" }
        }
        _ => {
            // `p` is bound only in the previous arm.
            if p > 100 { "huge" } else { "high" }
        }
    }
}

fn main() {
    {
        let inner = 3;
        println!("{}", inner);
    }
    println!("{}", inner);
    fn helper() -> u32 {
        7
    }
    let r = score_round([1, 10, 3, 4]);
    println!("{} {} {}", r, classify(r), helper());
    println!("{}", helpr());
}
