// Score board: default binding modes make bindings references.
#[derive(Debug, Clone, Copy)]
struct Player {
    id: u16,
    score: u32,
}

fn best(players: &[Player; 3]) -> u32 {
    let mut top: u32 = 0;
    for Player { score, .. } in players {
        if score > top {
            top = score;
        }
    }
    top
}

fn total(players: &[Player]) -> u32 {
    let mut sum = 0;
    for &Player { score, .. } in players {
        sum += score;
    }
    sum
}

fn first_id(pair: &(Player, Player)) -> u16 {
    let (a, _) = pair;
    let id: u16 = a.id;
    match pair {
        (Player { id: 0, .. }, b) => b.id,
        (p, _) => p,
    }
    .max(id)
}

fn main() {
    let ps = [Player { id: 1, score: 10 }, Player { id: 2, score: 30 }, Player { id: 3, score: 20 }];
    println!("{} {} {}", best(&ps), total(&ps), first_id(&(ps[0], ps[1])));
}
