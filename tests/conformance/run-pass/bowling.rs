// Scores ten-pin bowling games given as fixed roll sequences.
fn score(rolls: &[u32]) -> u32 {
    let mut total = 0;
    let mut i = 0;
    for _frame in 0..10 {
        if rolls[i] == 10 {
            total += 10 + rolls[i + 1] + rolls[i + 2];
            i += 1;
        } else if rolls[i] + rolls[i + 1] == 10 {
            total += 10 + rolls[i + 2];
            i += 2;
        } else {
            total += rolls[i] + rolls[i + 1];
            i += 2;
        }
    }
    total
}

fn describe(rolls: &[u32]) -> &'static str {
    match rolls {
        [10, 10, 10, ..] => "starts with a turkey",
        [10, ..] => "starts with a strike",
        [a, b, ..] if a + b == 10 => "starts with a spare",
        [0, 0, ..] => "starts in the gutter",
        _ => "ordinary start",
    }
}

fn main() {
    let perfect = [10; 12];
    let all_spares = [5; 21];
    let gutter = [0; 20];
    let mixed = [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1];
    let games: [(&str, &[u32]); 4] = [("perfect", &perfect), ("spares", &all_spares), ("gutter", &gutter), ("mixed", &mixed)];
    for (name, rolls) in games {
        println!("{:<8} {:>3}  ({} rolls, {})", name, score(rolls), rolls.len(), describe(rolls));
    }
}
