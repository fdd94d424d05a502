#[derive(Debug, Clone, Copy, PartialEq)]
enum Team {
    Red,
    Blue,
}

fn score(pair: &(Team, i32)) -> i32 {
    match pair {
        (Team::Red, n) if *n > 0 => *n,
        (Team::Red, _) => 0,
        (Team::Blue, 0..=100) => 1,
    }
}

fn main() {
    let entries = [(Team::Red, 5), (Team::Blue, 50)];
    for e in entries.iter() {
        println!("{}", score(e));
    }
}
