// A scoreboard that destructures references and trips over default binding modes.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Score {
    home: u8,
    away: u8,
}

fn margin(s: &Score) -> i16 {
    // Binding through a reference gives `&u8`, so this mixes `&u8` and `i16`.
    let Score { home, away } = s;
    let h: i16 = home;
    h - *away as i16
}

fn leaders(table: &[(u8, Score)]) -> u8 {
    let mut best = 0;
    for (team, score) in table {
        if score.home > best {
            best = team;
        }
    }
    for &(team, Score { home, .. }) in table {
        if home > best {
            best = team;
        }
    }
    best
}

fn tail_sum(points: &[u32]) -> u32 {
    match points {
        [] => 0,
        [first, rest @ ..] => {
            let r: u32 = rest;
            first + r
        }
    }
}

fn compare(a: u32, b: &u32) -> bool {
    // Comparing a value with a reference.
    a == b || a > *b
}

fn main() {
    let s = Score { home: 3, away: 1 };
    let table = [(1, s), (2, Score { home: 5, away: 0 })];
    println!("{} {} {}", margin(&s), leaders(&table), tail_sum(&[1, 2, 3]));
    let (x, y) = &(1u8, 2u8);
    let z: u8 = x + y;
    let w: u8 = x;
    println!("{} {} {}", z, w, compare(1, &2));
}
