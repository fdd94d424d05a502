#[derive(Debug)]
struct Player {
    name_len: usize,
    score: u32,
}

fn award(p: Player) -> u32 {
    p.score + p.name_len as u32
}

fn main() {
    let players = [
        Player { name_len: 3, score: 10 },
        Player { name_len: 5, score: 7 },
        Player { name_len: 4, score: 12 },
    ];
    let mut best = 0;
    for i in 0..players.len() {
        if players[i].score > players[best].score {
            best = i;
        }
    }
    let winner = players[best];
    println!("{}", award(winner));
    let n = players.len();
    n = n + 1;
    println!("{}", n);
}
