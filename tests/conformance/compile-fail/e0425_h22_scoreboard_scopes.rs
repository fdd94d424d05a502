// A scoreboard where a few names are used outside the scope that declares them.
const MAX_PLAYERS: usize = 4;

#[derive(Debug, Clone, Copy)]
struct Player {
    id: u32,
    score: i32,
}

fn best(players: &[Player; MAX_PLAYERS]) -> Player {
    let mut top = players[0];
    for p in players.iter() {
        if p.score > top.score {
            top = *p;
        }
    }
    top
}

fn bonus(round: u32) -> i32 {
    if round > 3 {
        let extra = 10;
    }
    extra * round as i32
}

fn main() {
    let mut players = [Player { id: 0, score: 0 }; MAX_PLAYERS];
    for (i, p) in players.iter_mut().enumerate() {
        p.id = i as u32;
        p.score = (i as i32) * 7 % 5;
    }
    {
        let winner = best(&players);
        println!("winner {:?}", winner);
    }
    println!("again {:?} {}", winner, bonus(4));
    let total = sum_scores(&players);
    let limit: Limit = 3;
    println!("{} {} {}", total, limit, MAX_PLAYER);
}
